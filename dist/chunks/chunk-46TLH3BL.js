import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);

// src/sanitize/text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
var CONTROL_WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeChar(char) {
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    default: {
      const code = char.charCodeAt(0);
      return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  }
}
function defuseCommand(line) {
  return /^\s*::/.test(line) ? `\\${line}` : line;
}
function safeInline(text) {
  return defuseCommand(text.replace(CONTROL_WITH_NEWLINES, escapeChar));
}
function safeLines(text) {
  return text.replace(CONTROL, escapeChar).split("\n").map(defuseCommand).join("\n");
}

// src/sanitize/credentials.ts
var TOKEN_PATTERNS = [
  /hf_[A-Za-z0-9]{30,}/g,
  // Hugging Face
  /gh[pousr]_[A-Za-z0-9]{36,}/g,
  // GitHub
  /github_pat_[A-Za-z0-9_]{40,}/g,
  /sk-[A-Za-z0-9_-]{20,}/g,
  // OpenAI-style
  /AKIA[0-9A-Z]{16}/g,
  // AWS access key id
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  // Slack
  /glpat-[A-Za-z0-9_-]{20,}/g
  // GitLab
];
function looksLikeRealToken(value) {
  return TOKEN_PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(value);
  });
}
function redactTokens(text) {
  return TOKEN_PATTERNS.reduce((out, pattern) => out.replace(pattern, "***"), text);
}

// src/sanitize/secret-names.ts
var LAST_WORDS = /* @__PURE__ */ new Set([
  "TOKEN",
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "PASSPHRASE",
  "CREDENTIAL",
  "CREDENTIALS",
  "APIKEY"
]);
var PAIRS = [
  "API KEY",
  "ACCESS KEY",
  "SECRET KEY",
  "PRIVATE KEY",
  "AUTH TOKEN",
  "ACCESS TOKEN",
  "SESSION TOKEN",
  "CLIENT SECRET"
];
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_.\-/]+/).filter(Boolean).map((word) => word.toUpperCase());
}
function isSecretName(name) {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (LAST_WORDS.has(words[words.length - 1])) return true;
  const joined = ` ${words.join(" ")} `;
  return PAIRS.some((pair) => joined.includes(` ${pair} `));
}

// src/sanitize/values.ts
var MAX_SHOWN = 60;
function describeValue(value, key) {
  if (typeof key === "string" && isSecretName(key)) return "(redacted)";
  if (typeof value === "string" && looksLikeRealToken(value)) return "(redacted)";
  let shown;
  if (typeof value === "string")
    shown = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}\u2026` : value);
  else if (typeof value === "number" || typeof value === "boolean" || value === null) shown = String(value);
  else shown = Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value;
  return safeInline(shown);
}
function secretValuesIn(root) {
  const found = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === "object" && node !== null) {
      const entry = node;
      if (typeof entry["name"] === "string" && isSecretName(entry["name"]) && typeof entry["value"] === "string")
        found.add(entry["value"]);
      for (const [key, value] of Object.entries(entry)) {
        if (typeof value === "string" && isSecretName(key)) found.add(value);
        else stack.push(value);
      }
    }
  }
  return [...found].filter((value) => value.trim().length >= 4);
}
function redactValues(text, values) {
  let out = text;
  for (const value of values) out = out.replaceAll(value, "***");
  return redactTokens(out);
}
var PLACEHOLDER = /^(your[-_ ].*|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([A-Za-z_][A-Za-z0-9_]*\)|change[-_ ]?me|replace[-_ ]?me|placeholder|dummy|example|todo|x{3,}|\*{3,}|\.{3,})$/i;
function isPlaceholderValue(value) {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDER.test(trimmed);
}
function plaintextCredentialPaths(root, base = []) {
  const found = [];
  const walk = (node, path) => {
    if (typeof node === "string") {
      if (looksLikeRealToken(node)) found.push(path);
      return;
    }
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, [...path, i]));
    if (typeof node !== "object" || node === null) return;
    const entry = node;
    const envName = typeof entry["name"] === "string" && isSecretName(entry["name"]);
    for (const [key, value] of Object.entries(entry)) {
      const underName = envName && key === "value" || isSecretName(key);
      if (typeof value === "string" && underName && !looksLikeRealToken(value) && !isPlaceholderValue(value))
        found.push([...path, key]);
      else walk(value, [...path, key]);
    }
  };
  walk(root, [...base]);
  return found;
}

export {
  looksLikeRealToken,
  redactTokens,
  isSecretName,
  safeInline,
  safeLines,
  describeValue,
  secretValuesIn,
  redactValues,
  isPlaceholderValue,
  plaintextCredentialPaths
};
