/** Marks CSS for the build's minifier (`css` tagged templates); the text is used as it is. */
export const css = String.raw;
