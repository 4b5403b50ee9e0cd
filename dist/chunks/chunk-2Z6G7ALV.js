import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/engine/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
function loaded(name) {
  let module;
  return () => module ??= load(name);
}
var crypto = loaded("node:crypto");
var zlib = loaded("node:zlib");
var childProcess = loaded("node:child_process");
var workerThreads = loaded("node:worker_threads");

// src/engine/digest.ts
function digestOf(bytes) {
  return crypto().createHash("sha1").update(bytes).digest("base64url");
}

// src/text/source.ts
var BINARY_SIGNATURES = [
  { name: "PNG image", bytes: [137, 80, 78, 71, 13, 10, 26, 10] },
  { name: "JPEG image", bytes: [255, 216, 255] },
  { name: "GIF image", bytes: [71, 73, 70, 56] },
  { name: "PDF document", bytes: [37, 80, 68, 70, 45] },
  { name: "ZIP archive", bytes: [80, 75, 3, 4] },
  { name: "gzip archive", bytes: [31, 139] },
  { name: "WebP or RIFF file", bytes: [82, 73, 70, 70] }
];
var BINARY_SNIFF_BYTES = 8e3;
function decodeSource(bytes) {
  const signature = BINARY_SIGNATURES.find(
    (candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte)
  );
  if (signature) {
    return binary(`it starts like a ${signature.name}`);
  }
  let text;
  const problems = [];
  if (bytes[0] === 255 && bytes[1] === 254) {
    text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
    problems.push({ kind: "utf16", byteOrder: "LE" });
  } else if (bytes[0] === 254 && bytes[1] === 255) {
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
    problems.push({ kind: "utf16", byteOrder: "BE" });
  } else {
    const nulIndex = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nulIndex !== -1) {
      return binary("it contains NUL bytes");
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
      const byteOffset = firstInvalidUtf8Byte(bytes);
      const before = new TextDecoder("utf-8").decode(bytes.subarray(0, byteOffset));
      problems.push({ kind: "invalid-utf8", byteOffset, byte: bytes[byteOffset] ?? 0, ...endPosition(before) });
    }
  }
  const hadBom = text.charCodeAt(0) === 65279;
  if (hadBom) text = text.slice(1);
  const lineEnding = detectLineEnding(text);
  if (lineEnding !== "lf" && lineEnding !== "none") text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    problems.push({ kind: "nul", ...endPosition(text.slice(0, nul)) });
  }
  return { text, lintable: true, hadBom, lineEnding, problems };
}
function binary(reason) {
  return {
    text: "",
    lintable: false,
    hadBom: false,
    lineEnding: "none",
    problems: [{ kind: "binary", line: 1, column: 1, reason }]
  };
}
function detectLineEnding(text) {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let index = text.indexOf("\r"); index !== -1; index = text.indexOf("\r", index + 1)) {
    if (text.charCodeAt(index + 1) === 10) crlf++;
    else cr++;
  }
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) lf++;
  lf -= crlf;
  const kinds = [lf > 0, crlf > 0, cr > 0].filter(Boolean).length;
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf > 0 ? "lf" : crlf > 0 ? "crlf" : "cr";
}
function endPosition(prefix) {
  const lines = prefix.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
function firstInvalidUtf8Byte(bytes) {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    let length = 0;
    let minimum = 0;
    if (byte < 128) length = 1;
    else if (byte >= 194 && byte <= 223) length = 2;
    else if (byte >= 224 && byte <= 239) [length, minimum] = [3, 2048];
    else if (byte >= 240 && byte <= 244) [length, minimum] = [4, 65536];
    else return index;
    if (length > 1) {
      let codePoint = byte & 255 >> length + 1;
      for (let next = 1; next < length; next++) {
        const continuation = bytes[index + next];
        if (continuation === void 0 || (continuation & 192) !== 128) return index;
        codePoint = codePoint << 6 | continuation & 63;
      }
      if (codePoint < minimum || codePoint > 1114111 || codePoint >= 55296 && codePoint <= 57343) {
        return index;
      }
    }
    index += length;
  }
  return bytes.length;
}

// src/engine/suppression.ts
var KINDS = /* @__PURE__ */ new Set(["disable", "enable", "disable-line", "disable-next-line", "disable-file"]);
var PREFIX = "content-lint-";
function mentionsDirectives(text) {
  return text.includes(PREFIX);
}
function parseDirectives(comments) {
  const directives = [];
  for (const comment of comments) {
    const words = comment.data.trim().split(/[\s,]+/);
    const keyword = words[0] ?? "";
    if (!keyword.startsWith(PREFIX) || !KINDS.has(keyword.slice(PREFIX.length))) continue;
    const ruleIds = [];
    for (const word of words.slice(1)) {
      if (word.startsWith("--")) break;
      if (word !== "") ruleIds.push(word);
    }
    directives.push({ kind: keyword.slice(PREFIX.length), ruleIds, span: comment.span, keyword });
  }
  return directives;
}
function applyDirectives(findings, directives, mayDisable) {
  if (directives.length === 0) return { kept: [...findings], suppressed: 0 };
  const kept = [];
  let suppressed = 0;
  for (const finding of findings) {
    if (!finding.unchecked && mayDisable(finding.ruleId) && isDisabled(finding.ruleId, finding.line, directives)) suppressed++;
    else kept.push(finding);
  }
  return { kept, suppressed };
}
function isDisabled(ruleId, line, directives) {
  let all = false;
  const disabled = /* @__PURE__ */ new Set();
  const enabledDespiteAll = /* @__PURE__ */ new Set();
  for (const directive of directives) {
    const names = (ids) => ids.length === 0 || ids.includes(ruleId);
    switch (directive.kind) {
      case "disable-file":
        if (names(directive.ruleIds)) return true;
        break;
      case "disable-line":
        if (line >= directive.span.line && line <= directive.span.endLine && names(directive.ruleIds)) return true;
        break;
      case "disable-next-line":
        if (line === directive.span.endLine + 1 && names(directive.ruleIds)) return true;
        break;
      case "disable":
        if (directive.span.line > line) break;
        if (directive.ruleIds.length === 0) {
          all = true;
          enabledDespiteAll.clear();
        } else if (directive.ruleIds.includes(ruleId)) {
          disabled.add(ruleId);
          enabledDespiteAll.delete(ruleId);
        }
        break;
      case "enable":
        if (directive.span.line > line) break;
        if (directive.ruleIds.length === 0) {
          all = false;
          disabled.clear();
          enabledDespiteAll.clear();
        } else if (directive.ruleIds.includes(ruleId)) {
          disabled.delete(ruleId);
          enabledDespiteAll.add(ruleId);
        }
        break;
    }
  }
  return disabled.has(ruleId) || all && !enabledDespiteAll.has(ruleId);
}

// src/run/read-file.ts
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
function readFileAt(file, maxFileSize, largest = Infinity) {
  try {
    const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = fstatSync(descriptor);
      if (!stat.isFile()) return { problem: { kind: "unreadable", reason: `not a regular file but ${specialKind(stat)}` } };
      if (stat.size > maxFileSize) return { problem: { kind: "too-large", bytes: stat.size, limit: maxFileSize } };
      if (stat.size > largest) return null;
      return { bytes: readOpenFile(descriptor, stat.size) };
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = error.code;
    return { problem: { kind: "unreadable", reason: code ?? error.message } };
  }
}
function specialKind(stat) {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isDirectory()) return "a folder";
  return "a special file";
}
function readOpenFile(descriptor, size) {
  if (size === 0) return readFileSync(descriptor);
  const bytes = Buffer.allocUnsafeSlow(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, bytes, filled, size - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

export {
  crypto,
  zlib,
  childProcess,
  workerThreads,
  digestOf,
  decodeSource,
  mentionsDirectives,
  parseDirectives,
  applyDirectives,
  readFileAt
};
