/**
 * The editor chunk, fetched only by a funnel with `editable` (SPEC 4): the reader's own numbers. Its state and
 * actions, its form, its styles.
 */
import type { Settings } from '../../config/settings.js';
import { Editor, type EditorHost } from './editor.js';
import { styles } from './styles.js';

export { Editor, sourceOf, type EditorHost } from './editor.js';
export { editorForm } from './form.js';

/** An element's editor: its styles adopted beside the element's, the form starting from the author's funnel. */
export function attach(host: EditorHost, settings: Settings, sliders: number[]) {
  host.element.adopt(styles);
  return new Editor(host, settings, sliders);
}
