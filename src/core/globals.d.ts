// The few web-standard globals the core relies on; they exist in Node, browsers and web workers alike.
// Declared here so that the core type-checks without DOM or Node typings.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
