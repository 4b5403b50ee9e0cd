#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  ConfigError,
  FileSelectionError,
  GitError,
  LintDocument,
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION,
  calendarProblem,
  collectionMatcher,
  lintPaths,
  loadConfig,
  parseDateText,
  ruleDocsUrl,
  rules,
  selectFiles,
  summarize,
  toInstant,
  toPosix
} from "./chunks/chunk-VVZVSRPC.js";

// src/cli/main.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/engine/fix.ts
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path3, added, removed, oldPosInc, options) {
    const last = path3.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path3.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path3.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/engine/fix.ts
function fixBytes(bytes, findings, filePath = "file.md") {
  const fixable = findings.filter((finding) => finding.fix);
  if (fixable.length === 0) return null;
  const document = LintDocument.fromBytes(filePath, bytes);
  if (!document.source.lintable || document.source.problems.length > 0) return null;
  const text = document.text;
  const ranges = merge(fixable.map((finding) => wholeLines(text, finding.fix)));
  const original = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bom = document.source.hadBom ? 1 : 0;
  const lineStarts = [0];
  for (const match of original.matchAll(/\r\n|\r|\n/g)) lineStarts.push((match.index ?? 0) + match[0].length);
  const toOriginal = (offset) => {
    const { line, column } = document.lines.position(offset);
    return (lineStarts[line - 1] ?? original.length) + column - 1 + (line === 1 ? bom : 0);
  };
  let output = "";
  let cursor = 0;
  for (const range of ranges) {
    const start = toOriginal(range.start);
    output += original.slice(cursor, start);
    cursor = toOriginal(range.end);
  }
  output += original.slice(cursor);
  return { output: new TextEncoder().encode(output), fixed: fixable.length };
}
function wholeLines(text, range) {
  const lineStart = text.lastIndexOf("\n", range.start - 1) + 1;
  const nextBreak = text.indexOf("\n", range.end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  if (text.slice(lineStart, range.start).trim() !== "" || text.slice(range.end, lineEnd).trim() !== "") return range;
  return { start: lineStart, end: nextBreak === -1 ? text.length : nextBreak + 1 };
}
function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
async function fixPaths(options, dryRun) {
  const { result } = await lintPaths(options);
  const fixable = /* @__PURE__ */ new Set();
  const patches = [];
  let fixedProblems = 0;
  for (const file of result.files) {
    const absolute = path.resolve(options.cwd, file.file);
    let bytes;
    try {
      bytes = readFileSync(absolute);
    } catch {
      continue;
    }
    const fixed = fixBytes(bytes, file.findings, file.file);
    if (!fixed) continue;
    fixedProblems += fixed.fixed;
    fixable.add(file.file);
    if (dryRun) {
      const decode = (data) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(data);
      patches.push(createTwoFilesPatch(`a/${file.file}`, `b/${file.file}`, decode(bytes), decode(fixed.output), "", "", { context: 2 }));
    } else {
      writeFileSync(absolute, fixed.output);
    }
  }
  const fixedFiles = fixable.size;
  let after;
  if (fixedFiles === 0) after = result;
  else if (dryRun) after = summarize(result.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => !finding.fix || !fixable.has(file.file)) })));
  else after = (await lintPaths(options)).result;
  return { result: after, fixedFiles, fixedProblems, patches };
}

// src/reporters/text.ts
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function colors(enabled) {
  const wrap = (open, close) => (text) => enabled ? `\x1B[${open}m${text}\x1B[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/reporters/compact.ts
var compact = (result) => result.files.flatMap(
  (file) => file.findings.map(
    (finding) => `${printable(finding.file)}:${finding.line}:${finding.column}: ${finding.severity} ${printable(finding.message)} [${finding.ruleId}]
`
  )
).join("");

// src/reporters/json.ts
var JSON_REPORT_VERSION = 1;
var json = (result) => `${JSON.stringify(
  {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    fileCount: result.files.length,
    files: result.files.map((file) => ({
      file: file.file,
      suppressed: file.suppressed,
      findings: file.findings.map(({ file: _file, related, fix, ...finding }) => ({ ...finding, ...related ? { related } : {}, ...fix ? { fixable: true } : {} }))
    }))
  },
  null,
  2
)}
`;

// src/reporters/sarif.ts
var sarif = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: context.rules.map((rule) => ({
              id: rule.meta.id,
              name: rule.meta.id,
              shortDescription: { text: rule.meta.description },
              fullDescription: { text: rule.meta.rationale },
              help: {
                text: `${rule.meta.description}.

${rule.meta.rationale}

See ${ruleDocsUrl(rule.meta.id)}`,
                markdown: `**${rule.meta.description}.**

${rule.meta.rationale}

[Documentation](${ruleDocsUrl(rule.meta.id)})`
              },
              helpUri: ruleDocsUrl(rule.meta.id),
              defaultConfiguration: { level: rule.meta.defaultSeverity === "off" ? "none" : rule.meta.defaultSeverity },
              properties: { tags: [...rule.meta.tags] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: result.files.flatMap(
          (file) => file.findings.map((finding) => ({
            ruleId: finding.ruleId,
            ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
            level: finding.severity,
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(finding.file), uriBaseId: "%SRCROOT%" },
                  region: {
                    startLine: finding.line,
                    startColumn: finding.column,
                    endLine: finding.endLine,
                    endColumn: Math.max(finding.endColumn, finding.endLine === finding.line ? finding.column + 1 : 1)
                  }
                }
              }
            ],
            ...finding.related ? {
              relatedLocations: [
                {
                  id: 1,
                  message: { text: finding.related.message },
                  physicalLocation: {
                    artifactLocation: { uri: toUri(finding.related.file), uriBaseId: "%SRCROOT%" },
                    region: { startLine: finding.related.line, startColumn: finding.related.column }
                  }
                }
              ]
            } : {},
            properties: { messageId: finding.messageId, data: finding.data }
          }))
        )
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function toUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

// src/reporters/stylish.ts
var stylish = (result, context) => {
  const paint = colors(context.color);
  const out = [];
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    out.push(paint.underline(printable(file.file)));
    const rows = file.findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      finding.severity,
      printable(finding.message),
      finding.ruleId
    ]);
    const positionWidth = Math.max(...rows.map((row) => row[0]?.length ?? 0));
    for (const [position = "", severity = "", message = "", ruleId = ""] of rows) {
      const label = severity === "error" ? paint.red("error".padEnd(7)) : paint.yellow("warning");
      out.push(`  ${paint.dim(position.padEnd(positionWidth))}  ${label}  ${message}  ${paint.dim(ruleId)}`);
    }
    out.push("");
  }
  const total = result.errorCount + result.warningCount;
  if (total === 0) return "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")})`;
  out.push(result.errorCount > 0 ? paint.red(paint.bold(summary)) : paint.yellow(paint.bold(summary)));
  return `${out.join("\n")}
`;
};

// src/reporters/index.ts
var reporters = { stylish, compact, json, sarif };
var REPORTER_NAMES = Object.keys(reporters);

// src/cli/main.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
var FAIL_ON = ["error", "warning", "never"];
var HELP = `Usage: ${TOOL_NAME} [options] [paths...]
       ${TOOL_NAME} schema [collection]

Checks Markdown content: front matter, encodings, scripts and more.
Paths are files, folders or globs; without any, the config's \`include\` is used.
\`schema\` lists the collections, or prints one collection's JSON Schema (for editors);
a folder named "schema" is written ./schema.

Options:
  -c, --config FILE        Use this config file instead of searching for one
  -f, --format NAME        Output format: ${REPORTER_NAMES.join(", ")} (default: stylish)
  -o, --output FILE        Write the report to FILE instead of standard output
      --fail-on LEVEL      Exit 1 on findings of this level or worse: error, warning, never (default: error)
      --max-warnings N     Also exit 1 when there are more than N warnings
      --quiet              Report errors only
      --color, --no-color  Force colours on or off (default: on for terminals, off with NO_COLOR)
      --fix                Remove what can be removed safely (ad units, ad blocks, tracking pixels, link farms)
      --fix-dry-run        Show what --fix would change, as a diff, without writing
      --now DATE           Take DATE (e.g. 2024-09-21T12:00:00Z) as now, for reproducible date checks
      --changed-since REF  Check only files changed since the git REF, and compare them with it
      --print-config FILE  Print the configuration that applies to FILE, and exit
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no failing findings, 1 failing findings, 2 usage, config or internal error.
Docs: https://github.com/content-lint/content-lint#readme`;
async function runCli(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: "string", short: "c" },
        format: { type: "string", short: "f", default: "stylish" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "error" },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        "print-config": { type: "string" },
        now: { type: "string" },
        fix: { type: "boolean", default: false },
        "fix-dry-run": { type: "boolean", default: false },
        "changed-since": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    return usage(io, error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${HELP}
`);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return EXIT.ok;
  }
  const format = values.format;
  if (!REPORTER_NAMES.includes(format)) {
    return usage(io, `Unexpected format \`${values.format}\`, expected one of ${REPORTER_NAMES.join(", ")}`);
  }
  const failOn = values["fail-on"];
  if (!FAIL_ON.includes(failOn)) {
    return usage(io, `Unexpected --fail-on \`${values["fail-on"]}\`, expected one of ${FAIL_ON.join(", ")}`);
  }
  let maxWarnings = Infinity;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      return usage(io, `Unexpected --max-warnings \`${values["max-warnings"]}\`, expected a whole number of 0 or more`);
    }
  }
  let now;
  if (values.now !== void 0) {
    const parts = parseDateText(values.now);
    if (!parts || calendarProblem(parts)) return usage(io, `Unexpected --now \`${values.now}\`, expected a date such as 2024-09-21T12:00:00Z`);
    now = toInstant(parts, "UTC");
  }
  try {
    if (positionals[0] === "schema") {
      const config = await loadConfig(io.cwd, rules, values.config);
      return printSchema(config, positionals.slice(1), io);
    }
    if (values["print-config"] !== void 0) {
      const config = await loadConfig(io.cwd, rules, values.config);
      io.stdout.write(`${JSON.stringify(describeConfig(config, values["print-config"], io.cwd), null, 2)}
`);
      return EXIT.ok;
    }
    const progress = createProgress(io);
    const lintOptions = {
      cwd: io.cwd,
      patterns: positionals,
      configFile: values.config,
      onProgress: progress.update,
      changedSince: values["changed-since"],
      ...now === void 0 ? {} : { now }
    };
    let result;
    if (values.fix || values["fix-dry-run"]) {
      const dryRun = values["fix-dry-run"];
      const outcome = await fixPaths(lintOptions, dryRun);
      progress.done();
      for (const patch of outcome.patches) io.stdout.write(patch);
      const verb = dryRun ? "would fix" : "fixed";
      io.stderr.write(`${TOOL_NAME}: ${verb} ${outcome.fixedProblems} problem${outcome.fixedProblems === 1 ? "" : "s"} in ${outcome.fixedFiles} file${outcome.fixedFiles === 1 ? "" : "s"}${dryRun ? " (nothing written)" : ""}
`);
      result = outcome.result;
      if (dryRun) {
        const remaining = reporters.compact(values.quiet ? onlyErrors(result) : result, { rules, color: false });
        if (remaining) io.stderr.write(remaining);
        return exitCode(result, failOn, maxWarnings, io);
      }
    } else {
      result = (await lintPaths(lintOptions)).result;
      progress.done();
    }
    const shown = values.quiet ? onlyErrors(result) : result;
    const color = values["no-color"] ? false : values.color ?? wantsColor(io);
    const report = reporters[format](shown, { rules, color: values.output ? false : color });
    if (values.output) writeFileSync2(path2.resolve(io.cwd, values.output), report);
    else io.stdout.write(report);
    return exitCode(result, failOn, maxWarnings, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FileSelectionError || error instanceof GitError) {
      io.stderr.write(`${TOOL_NAME}: ${error.message}
`);
      return EXIT.usage;
    }
    io.stderr.write(`${TOOL_NAME}: internal error: ${error?.stack ?? String(error)}
Please report this bug.
`);
    return EXIT.usage;
  }
}
function exitCode(result, failOn, maxWarnings, io) {
  if (result.warningCount > maxWarnings) {
    io.stderr.write(`${TOOL_NAME}: ${result.warningCount} warnings, more than --max-warnings ${maxWarnings}
`);
  }
  const failing = failOn !== "never" && result.errorCount > 0 || failOn === "warning" && result.warningCount > 0 || result.warningCount > maxWarnings;
  return failing ? EXIT.findings : EXIT.ok;
}
function usage(io, message) {
  io.stderr.write(`${TOOL_NAME}: ${message}
Run \`${TOOL_NAME} --help\` for usage.
`);
  return EXIT.usage;
}
function onlyErrors(result) {
  return {
    ...result,
    warningCount: 0,
    files: result.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === "error") }))
  };
}
function wantsColor(io) {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== "dumb";
}
function createProgress(io) {
  const now = io.now ?? Date.now;
  const interactive = Boolean(io.stderr.isTTY) && !io.env.CI;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      if (!interactive) return;
      const time = now();
      if (time - started < 1e3 || time - lastDraw < 100) return;
      lastDraw = time;
      drawn = true;
      io.stderr.write(`\r${TOOL_NAME}: ${done}/${total} files`);
    },
    done() {
      if (drawn) io.stderr.write("\r\x1B[2K");
    }
  };
}
function printSchema(config, names, io) {
  const [name] = names;
  if (name === void 0) {
    for (const collection2 of config.collections) {
      io.stdout.write(`${collection2.name}	${collection2.include.join(", ")}	${collection2.preset ?? (collection2.fields ? "fields" : "schema")} (${collection2.source})
`);
    }
    return EXIT.ok;
  }
  const collection = config.collections.find((candidate) => candidate.name === name);
  if (!collection) {
    return usage(io, `Unexpected collection \`${name}\`, expected one of ${config.collections.map((candidate) => `\`${candidate.name}\``).join(", ")}`);
  }
  const schema = collection.jsonSchema();
  if (!schema) return usage(io, `Collection \`${name}\` has a schema that cannot be written as JSON Schema`);
  io.stdout.write(`${JSON.stringify({ title: `${TOOL_NAME}: front matter of collection ${name}`, ...schema }, null, 2)}
`);
  return EXIT.ok;
}
function describeConfig(config, file, cwd) {
  const projectPath = toPosix(path2.relative(config.root, path2.resolve(cwd, file)));
  let selected = false;
  try {
    selected = selectFiles([], config, cwd).some((entry) => entry.projectPath === projectPath);
  } catch {
    selected = false;
  }
  const collection = collectionMatcher(config.collections)(projectPath);
  return {
    file: toPosix(path2.relative(cwd, path2.resolve(cwd, file))),
    selected,
    configFile: config.file ? toPosix(path2.relative(cwd, config.file)) || config.file : null,
    root: toPosix(path2.relative(cwd, config.root)) || ".",
    generator: config.site.generator ?? "none detected (generic Markdown)",
    detectedFrom: config.site.evidence,
    collection: collection ? {
      name: collection.name,
      source: collection.source,
      preset: collection.preset,
      unknownKeys: collection.unknownKeys,
      frontMatter: collection.frontMatter,
      unique: collection.unique,
      fields: collection.fields ? Object.keys(collection.fields) : "JSON Schema or zod (see `content-lint schema`)"
    } : null,
    collections: config.collections.map((candidate) => ({ name: candidate.name, include: candidate.include, exclude: candidate.exclude, preset: candidate.preset, source: candidate.source })),
    include: config.include,
    exclude: config.exclude,
    gitignore: config.gitignore,
    maxFileSize: config.maxFileSize,
    site: config.site,
    allowInlineDisable: [...config.allowInlineDisable],
    rules: Object.fromEntries(
      [...config.rules].map(([id, setting]) => [id, [setting.severity, setting.options]])
    )
  };
}

// src/cli.ts
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
