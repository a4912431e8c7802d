/**
 * The editor chunk, fetched only by a funnel with `editable` (SPEC 4): the reader's own numbers. Its state and
 * actions, its form, its styles.
 */
export { Editor, sourceOf, type EditorHost } from './editor.js';
export { editorForm } from './form.js';
export { styles } from './styles.js';
