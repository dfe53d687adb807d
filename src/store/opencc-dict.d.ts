// opencc-js ships its character tables as plain ES modules without type declarations.
declare module 'opencc-js/dict/TSCharacters' {
  /** "trad simp1 simp2|…": each Traditional character with its Simplified forms, best first. */
  const table: string;
  export default table;
}

declare module 'opencc-js/dict/STCharacters' {
  /** "simp trad1 trad2|…": each Simplified character with its Traditional forms, best first. */
  const table: string;
  export default table;
}
