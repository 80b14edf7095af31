/**
 * The engine's own built-ins, captured before pdf.js loads. pdfjs-dist's legacy build (the one that runs
 * on Node 20) carries core-js polyfills that replace `JSON.stringify`, `JSON.parse`,
 * `Array.prototype.push` and `Function.prototype.toString` for the whole process with slower JavaScript
 * versions, although Node's own are correct for everything this project and pdf.js do: every report
 * serialised and every array pushed paid for it (a quarter of the server's time under load).
 * `engine/adapters/pdfjs.ts` imports this module first and puts these back once pdf.js is loaded; the
 * polyfills that only add what Node 20 lacks (`Promise.withResolvers`, `Uint8Array#toHex`, ...) stay.
 */
export const NATIVE_BUILTINS = {
  stringify: JSON.stringify,
  parse: JSON.parse,
  push: Array.prototype.push,
  toString: Function.prototype.toString,
} as const;

/** Puts the captured built-ins back (after pdf.js and its worker module have loaded). */
export function restoreNativeBuiltins(): void {
  const define = (target: object, name: string, value: unknown): void => {
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  };
  define(JSON, 'stringify', NATIVE_BUILTINS.stringify);
  define(JSON, 'parse', NATIVE_BUILTINS.parse);
  define(Array.prototype, 'push', NATIVE_BUILTINS.push);
  define(Function.prototype, 'toString', NATIVE_BUILTINS.toString);
}
