// opencc-js exports its dictionaries as ESM modules whose default export is
// one string, "from to|from to|…", without type declarations of their own.
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
