/**
 * The editor's own styles, adopted beside the element's when its chunk loads. With the period before's column, in
 * a narrow funnel (a phone), each step's label takes a line of its own and the two figures share the next.
 */
export const styles = `
.editor{display:grid;gap:.5em;border-top:1px solid var(--_hair);padding-top:.5em}
.editor ol{margin:0;padding:0;list-style:none;display:grid;gap:.375em}
.editor li{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr) auto auto;gap:.375em;align-items:center}
.editor :is(input:not([type=checkbox]),select){font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_line);border-radius:.375em;padding:.25em .5em;min-width:0;min-height:24px;box-sizing:border-box}
.editor [aria-invalid=true]{border-color:var(--_warn);outline:1px solid var(--_warn)}
.bad{grid-column:1/-1;color:var(--_warn);font-size:.875em}
.pair,.actions{display:flex;flex-wrap:wrap;gap:.5em 1em}
.pair label{display:grid;font-size:.875em}
.two{display:grid;grid-template-columns:minmax(0,3fr) minmax(4.5em,2fr) minmax(4.5em,2fr) auto auto;gap:.375em}
.two>*,.two li{grid-column:1/-1;display:grid;grid-template-columns:subgrid;margin:0}
.heads{align-items:end;font-size:.875em}
@container (max-width:32em){.two{grid-template-columns:minmax(0,1fr) minmax(0,1fr) auto auto}.two li>:first-child{grid-column:1/-1}.heads>span{display:none}}
.editor .switch{display:flex;gap:.375em;align-items:center;font-size:1em}
.switch input{width:24px;height:24px;margin:0;accent-color:var(--_accent)}
.test{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,12em),1fr));gap:.5em 1em;margin:0;padding:.5em;border:1px solid var(--_hair);border-radius:.375em}
.test label{display:grid;font-size:.875em}
.editor :disabled{opacity:.6;cursor:default}
.editor label:focus-within{outline:2px solid var(--_accent)}
`;
