// Strings from arrays of code units. `apply` takes the typed array as it is: spreading it instead
// goes through its iterator and is ~7 times slower, and one argument per unit overflows the
// stack for long texts, hence the chunks.
const CHUNK = 0x2000;

export function stringOfUnits(units: Uint8Array | Uint16Array, length = units.length): string {
  let text = '';
  for (let start = 0; start < length; start += CHUNK) {
    text += String.fromCharCode.apply(null, units.subarray(start, Math.min(start + CHUNK, length)) as unknown as number[]);
  }
  return text;
}
