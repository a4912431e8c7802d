/** The editor's own styles, adopted beside the element's when its chunk loads. */
export const styles = `
.editor{display:grid;gap:.5em;border-top:1px solid var(--_hair);padding-top:.5em}
.editor ol{margin:0;padding:0;list-style:none;display:grid;gap:.375em}
.editor li{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr) auto auto;gap:.375em;align-items:center}
.editor :is(input,select){font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_line);border-radius:.375em;padding:.25em .5em;min-width:0;min-height:24px;box-sizing:border-box}
.editor [aria-invalid=true]{border-color:var(--_warn);outline:1px solid var(--_warn)}
.bad{grid-column:1/-1;color:var(--_warn);font-size:.875em}
.pair,.actions{display:flex;flex-wrap:wrap;gap:.5em 1em}
.pair label{display:grid;font-size:.875em}
.editor :disabled{opacity:.6;cursor:default}
.editor label:focus-within{outline:2px solid var(--_accent)}
`;
