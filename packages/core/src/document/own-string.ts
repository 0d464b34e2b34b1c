/**
 * A copy of `s` that holds none of the string it was cut from. V8 keeps a substring of 13 characters
 * or more as a window on its parent, so a block's text, cut from the document's source, kept the whole
 * source alive, and so did every label, title and word cut from that text. The editor's memos keep
 * readings across lints: each kept one version of the draft, and a 200 KB draft edited 600 times held
 * 308 of them (51 MB, found in a heap snapshot). Flattening a string with one character before it
 * makes a new one; slicing that character off leaves a window on the copy, not on the source.
 */
export const ownString = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));
