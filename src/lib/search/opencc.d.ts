/** opencc-js ships its dictionaries as plain modules without their own type declarations. */
declare module 'opencc-js/to/cn' {
  const dicts: import('opencc-js/core').DictGroup[];
  export default dicts;
}
