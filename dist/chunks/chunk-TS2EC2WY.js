import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  LintDocument,
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION,
  lintPaths,
  ruleDocsUrl,
  summarize
} from "./chunk-KG542B4U.js";
import {
  external_exports
} from "./chunk-DP2SAIDO.js";

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
  addToPath(path2, added, removed, oldPosInc, options) {
    const last = path2.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path2.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path2.oldPos + oldPosInc,
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

// node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function isGitDiffHeader(line) {
    return /^diff --git /.test(line);
  }
  function isDiffHeader(line) {
    return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
  }
  function isFileHeader(line) {
    return /^(---|\+\+\+)\s/.test(line);
  }
  function isHunkHeader(line) {
    return /^@@\s/.test(line);
  }
  function parseIndex() {
    var _a;
    const index = {};
    index.hunks = [];
    list.push(index);
    let seenDiffHeader = false;
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isFileHeader(line) || isHunkHeader(line)) {
        break;
      }
      if (isGitDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        index.isGit = true;
        const paths = parseGitDiffHeader(line);
        if (paths) {
          index.oldFileName = paths.oldFileName;
          index.newFileName = paths.newFileName;
        }
        i++;
        while (i < diffstr.length) {
          const extLine = diffstr[i];
          if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
            break;
          }
          const renameFromMatch = /^rename from (.*)/.exec(extLine);
          if (renameFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
            index.isRename = true;
          }
          const renameToMatch = /^rename to (.*)/.exec(extLine);
          if (renameToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
            index.isRename = true;
          }
          const copyFromMatch = /^copy from (.*)/.exec(extLine);
          if (copyFromMatch) {
            index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
            index.isCopy = true;
          }
          const copyToMatch = /^copy to (.*)/.exec(extLine);
          if (copyToMatch) {
            index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
            index.isCopy = true;
          }
          const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
          if (newFileModeMatch) {
            index.isCreate = true;
            index.newMode = newFileModeMatch[1];
          }
          const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
          if (deletedFileModeMatch) {
            index.isDelete = true;
            index.oldMode = deletedFileModeMatch[1];
          }
          const oldModeMatch = /^old mode (\d+)/.exec(extLine);
          if (oldModeMatch) {
            index.oldMode = oldModeMatch[1];
          }
          const newModeMatch = /^new mode (\d+)/.exec(extLine);
          if (newModeMatch) {
            index.newMode = newModeMatch[1];
          }
          if (/^Binary files /.test(extLine)) {
            index.isBinary = true;
          }
          i++;
        }
        continue;
      } else if (isDiffHeader(line)) {
        if (seenDiffHeader) {
          return;
        }
        seenDiffHeader = true;
        const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
        if (headerMatch) {
          index.index = line.substring(headerMatch[0].length).trim();
        }
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
      throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
    }
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
        break;
      } else if (isHunkHeader(line)) {
        index.hunks.push(parseHunk());
      } else {
        i++;
      }
    }
  }
  function parseGitDiffHeader(line) {
    const rest = line.substring("diff --git ".length);
    if (rest.startsWith('"')) {
      const oldPath = parseQuotedFileName(rest);
      if (oldPath === null) {
        return null;
      }
      const afterOld = rest.substring(oldPath.rawLength + 1);
      let newFileName;
      if (afterOld.startsWith('"')) {
        const newPath = parseQuotedFileName(afterOld);
        if (newPath === null) {
          return null;
        }
        newFileName = newPath.fileName;
      } else {
        newFileName = afterOld;
      }
      return {
        oldFileName: oldPath.fileName,
        newFileName
      };
    }
    const quoteIdx = rest.indexOf('"');
    if (quoteIdx > 0) {
      const oldFileName = rest.substring(0, quoteIdx - 1);
      const newPath = parseQuotedFileName(rest.substring(quoteIdx));
      if (newPath === null) {
        return null;
      }
      return {
        oldFileName,
        newFileName: newPath.fileName
      };
    }
    if (rest.startsWith("a/")) {
      const splits = [];
      let idx = 0;
      while (true) {
        idx = rest.indexOf(" b/", idx + 1);
        if (idx === -1) {
          break;
        }
        splits.push(idx);
      }
      if (splits.length > 0) {
        const mid = splits[Math.floor(splits.length / 2)];
        return {
          oldFileName: rest.substring(0, mid),
          newFileName: rest.substring(mid + 1)
        };
      }
    }
    return null;
  }
  function unquoteIfQuoted(s) {
    if (s.startsWith('"')) {
      const parsed = parseQuotedFileName(s);
      if (parsed) {
        return parsed.fileName;
      }
    }
    return s;
  }
  function parseQuotedFileName(s) {
    if (!s.startsWith('"')) {
      return null;
    }
    let result = "";
    let j = 1;
    while (j < s.length) {
      if (s[j] === '"') {
        return { fileName: result, rawLength: j + 1 };
      }
      if (s[j] === "\\" && j + 1 < s.length) {
        j++;
        switch (s[j]) {
          case "a":
            result += "\x07";
            break;
          case "b":
            result += "\b";
            break;
          case "f":
            result += "\f";
            break;
          case "n":
            result += "\n";
            break;
          case "r":
            result += "\r";
            break;
          case "t":
            result += "	";
            break;
          case "v":
            result += "\v";
            break;
          case "\\":
            result += "\\";
            break;
          case '"':
            result += '"';
            break;
          case "0":
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7": {
            if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
              return null;
            }
            const bytes = [parseInt(s.substring(j, j + 3), 8)];
            j += 3;
            while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
              if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                return null;
              }
              bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
              j += 4;
            }
            result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
            continue;
          }
          // Note that in C, there are also three kinds of hex escape sequences:
          // - \xhh
          // - \uhhhh
          // - \Uhhhhhhhh
          // We do not bother to parse them here because, so far as we know,
          // they are never emitted by any tools that generate unified diff
          // format diffs, and so for now jsdiff does not consider them legal.
          default:
            return null;
        }
      } else {
        result += s[j];
      }
      j++;
    }
    return null;
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0];
      if (fileName.startsWith('"')) {
        fileName = unquoteIfQuoted(fileName);
      } else {
        fileName = fileName.replace(/\\\\/g, "\\");
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i])) {
      throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
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

// src/reporters/json.ts
var JSON_REPORT_VERSION = 1;
var json = (result) => `${JSON.stringify(
  {
    reportVersion: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: VERSION },
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    baselinedCount: result.baselinedCount,
    fileCount: result.files.length,
    files: result.files.map((file) => ({
      file: file.file,
      suppressed: file.suppressed,
      findings: file.findings.map(({ file: _file, related, fix, fixable, context: _context, baselined, ...finding }) => ({
        ...finding,
        ...related ? { related } : {},
        ...fix || fixable ? { fixable: true } : {},
        ...baselined ? { baselined: true } : {}
      }))
    }))
  },
  null,
  2
)}
`;
var position = external_exports.number().int().min(1);
var reportSchema = external_exports.object({
  reportVersion: external_exports.literal(JSON_REPORT_VERSION),
  tool: external_exports.object({ name: external_exports.literal(TOOL_NAME), version: external_exports.string() }),
  files: external_exports.array(
    external_exports.object({
      file: external_exports.string(),
      suppressed: external_exports.number().int().min(0),
      findings: external_exports.array(
        external_exports.object({
          ruleId: external_exports.string(),
          severity: external_exports.enum(["error", "warning"]),
          messageId: external_exports.string(),
          message: external_exports.string(),
          data: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()])),
          line: position,
          column: position,
          endLine: position,
          endColumn: position,
          related: external_exports.object({ file: external_exports.string(), line: position, column: position, message: external_exports.string() }).optional(),
          fixable: external_exports.literal(true).optional(),
          baselined: external_exports.literal(true).optional()
        })
      )
    })
  )
});
var JsonReportError = class extends Error {
};
function readJsonReport(text, name) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new JsonReportError(`${name}: not JSON (${error.message}); expected a report written with \`--format json\``);
  }
  const parsed = reportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at \`${issue.path.join(".")}\`` : "";
    throw new JsonReportError(`${name}: not a ${TOOL_NAME} JSON report (version ${JSON_REPORT_VERSION})${where}: ${issue?.message ?? "unexpected content"}`);
  }
  return {
    version: parsed.data.tool.version,
    files: parsed.data.files.map((file) => ({
      file: file.file,
      suppressed: file.suppressed,
      findings: file.findings.map(({ fixable, baselined, ...finding }) => ({
        ...finding,
        file: file.file,
        ...fixable ? { fixable } : {},
        ...baselined ? { baselined } : {}
      }))
    }))
  };
}
function mergeReports(reports) {
  const seen = /* @__PURE__ */ new Map();
  const files = [];
  for (const report of reports) {
    for (const file of report.files) {
      const first = seen.get(file.file);
      if (first !== void 0) {
        throw new JsonReportError(`${report.name}: \`${file.file}\` is also in ${first}; expected each file in one shard (same config and \`--shard i/n\` count in every job)`);
      }
      seen.set(file.file, report.name);
      files.push(file);
    }
  }
  files.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return summarize(files);
}

// src/reporters/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var markdown = (result, context) => {
  const options = context.markdown ?? {};
  const findings = result.files.flatMap((file) => file.findings.filter((finding) => !finding.baselined));
  const head = [];
  head.push(`### ${TOOL_NAME}: ${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")} in ${plural(result.files.length, "file")}`, "");
  const notes = [...options.notes ?? [], ...result.baselinedCount > 0 ? [`${plural(result.baselinedCount, "finding")} recorded in the baseline ${result.baselinedCount === 1 ? "is not listed and does" : "are not listed and do"} not fail the run.`] : []];
  for (const note of notes) head.push(`${note}  `);
  if (notes.length > 0) head.push("");
  if (findings.length > 0) {
    const perRule = /* @__PURE__ */ new Map();
    for (const finding of findings) {
      const counts = perRule.get(finding.ruleId) ?? { error: 0, warning: 0 };
      counts[finding.severity]++;
      perRule.set(finding.ruleId, counts);
    }
    const rows = [...perRule].sort(([a, x], [b, y]) => y.error + y.warning - (x.error + x.warning) || a.localeCompare(b));
    head.push("| Rule | Errors | Warnings |", "| --- | ---: | ---: |");
    for (const [ruleId, counts] of rows) head.push(`| [\`${ruleId}\`](${ruleDocsUrl(ruleId)}) | ${counts.error} | ${counts.warning} |`);
    head.push("");
    head.push("```mermaid", "pie showData title Findings per rule");
    for (const [ruleId, counts] of rows) head.push(`    "${ruleId}" : ${counts.error + counts.warning}`);
    head.push("```", "");
    head.push("| Where | Severity | Message | Rule |", "| --- | --- | --- | --- |");
  }
  const limit = options.maxBytes ?? Infinity;
  let text = `${head.join("\n")}
`;
  let bytes = Buffer.byteLength(text);
  let shown = 0;
  for (const finding of findings) {
    const where = `${finding.file}:${finding.line}`;
    const url = options.lineUrl?.(finding.file, finding.line);
    const row = `| ${url ? `[${cell(where)}](${url})` : cell(where)} | ${finding.severity} | ${message(finding.message)} | \`${finding.ruleId}\` |
`;
    const rowBytes = Buffer.byteLength(row);
    if (bytes + rowBytes + 300 > limit) break;
    text += row;
    bytes += rowBytes;
    shown++;
  }
  if (shown < findings.length) {
    text += `
${plural(findings.length - shown, "more finding")} not listed: the summary would exceed GitHub's size limit. The SARIF or JSON report, the check run and \`npx ${TOOL_NAME}\` have them all.
`;
  }
  return text;
};
function cell(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/[\\`*_{}[\]<>#|~&]/g, (character) => character === "&" ? "&amp;" : character === "<" ? "&lt;" : character === ">" ? "&gt;" : `\\${character}`).replace(/:\/\/|\bwww\.|@/gi, (link) => `${link.slice(0, 1)}\u200B${link.slice(1)}`);
}
function message(text) {
  return text.split(/(`[^`\r\n\u2028\u2029]*`)/).map((part, index) => index % 2 === 1 ? `\`${part.slice(1, -1).replace(/\|/g, "\\|")}\`` : cell(part)).join("");
}

// src/reporters/compact.ts
var compact = (result) => result.files.flatMap(
  (file) => file.findings.filter((finding) => !finding.baselined).map(
    (finding) => `${printable(finding.file)}:${finding.line}:${finding.column}: ${finding.severity} ${printable(finding.message)} [${finding.ruleId}]
`
  )
).join("");

// src/reporters/sarif.ts
var sarif = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  const hosted = /* @__PURE__ */ new Map();
  for (const file of result.files) {
    for (const finding of file.findings) {
      if (ruleIndex.has(finding.ruleId) || hosted.has(finding.ruleId)) continue;
      hosted.set(finding.ruleId, typeof finding.data.url === "string" ? finding.data.url : ruleDocsUrl(finding.ruleId));
      ruleIndex.set(finding.ruleId, ruleIndex.size);
    }
  }
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
            rules: [
              ...context.rules.map((rule) => ({
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
              })),
              ...[...hosted].map(([id, url]) => ({
                id,
                name: id,
                shortDescription: { text: id.replace(":", " rule ") },
                fullDescription: { text: `Reported by ${id.slice(0, id.indexOf(":"))}, run inside ${TOOL_NAME}.` },
                help: { text: `See ${url}`, markdown: `[Documentation](${url})` },
                helpUri: url,
                defaultConfiguration: { level: "warning" },
                properties: { tags: ["style", "markdown"] }
              }))
            ]
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
            // In the baseline: known, accepted for now (code scanning shows it as suppressed).
            ...finding.baselined ? { baselineState: "unchanged", suppressions: [{ kind: "external", justification: "Recorded in the content-lint baseline" }] } : {},
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
    const findings = file.findings.filter((finding) => !finding.baselined);
    if (findings.length === 0) continue;
    out.push(paint.underline(printable(file.file)));
    const rows = findings.map((finding) => [
      `${finding.line}:${finding.column}`,
      finding.severity,
      printable(finding.message),
      finding.ruleId
    ]);
    const positionWidth = Math.max(...rows.map((row) => row[0]?.length ?? 0));
    for (const [position2 = "", severity = "", message2 = "", ruleId = ""] of rows) {
      const label = severity === "error" ? paint.red("error".padEnd(7)) : paint.yellow("warning");
      out.push(`  ${paint.dim(position2.padEnd(positionWidth))}  ${label}  ${message2}  ${paint.dim(ruleId)}`);
    }
    out.push("");
  }
  const total = result.errorCount + result.warningCount;
  const baselined = result.baselinedCount > 0 ? `${plural(result.baselinedCount, "finding")} in the baseline, not listed` : "";
  if (total === 0) return baselined ? `${paint.dim(`\u2714 no new problems; ${baselined}`)}
` : "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")})${baselined ? `; ${baselined}` : ""}`;
  out.push(result.errorCount > 0 ? paint.red(paint.bold(summary)) : paint.yellow(paint.bold(summary)));
  return `${out.join("\n")}
`;
};

// src/reporters/index.ts
var reporters = { stylish, compact, json, sarif, markdown };
var REPORTER_NAMES = Object.keys(reporters);

export {
  parsePatch,
  fixPaths,
  printable,
  plural,
  JsonReportError,
  readJsonReport,
  mergeReports,
  SUMMARY_LIMIT_BYTES,
  reporters,
  REPORTER_NAMES
};
