/// <reference types="vite/client" />

declare module '*?worker&url' {
  const url: string;
  export default url;
}

/** True only in builds made for end-to-end tests and benchmarks (VITE_TEST_BRIDGE=1). */
declare const __TEST_BRIDGE__: boolean;
