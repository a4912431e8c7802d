// The block editor reduced to what a block needs, as a standalone editor sets it up from WordPress's packages:
// ShortcutProvider, SlotFillProvider, BlockEditorProvider with its sidebar (BlockInspector) and its canvas
// (BlockTools, WritingFlow, BlockList). The post holds the blocks test.php wrote; window.editorBlocks is the post
// as the editor has it now.
(function (wp) {
  const el = wp.element.createElement;
  const be = wp.blockEditor;
  const initial = wp.blocks.parse(window.blocksFromPhp.map(([, markup]) => markup).join('\n\n'));
  function Editor() {
    const [blocks, setBlocks] = wp.element.useState(initial);
    window.editorBlocks = blocks;
    const canvas = el(be.BlockTools, null, el(be.WritingFlow, null, el(be.ObserveTyping, null, el(be.BlockList))));
    const editor = el(
      be.BlockEditorProvider,
      // useSubRegistry: false, so that wp.data.select( 'core/block-editor' ) is this editor's store.
      { value: blocks, onInput: setBlocks, onChange: setBlocks, useSubRegistry: false },
      el('aside', { id: 'sidebar' }, el(be.BlockInspector)),
      el('main', { id: 'canvas' }, canvas),
      el(wp.components.Popover.Slot),
    );
    return el(wp.keyboardShortcuts.ShortcutProvider, null, el(wp.components.SlotFillProvider, null, editor));
  }
  wp.element.render(el(Editor), document.getElementById('editor'));
})(window.wp);
