import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);

// src/cli/io.ts
var UsageError = class extends Error {
};
var InputError = class extends Error {
};

export {
  UsageError,
  InputError
};
