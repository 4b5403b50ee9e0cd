import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  RemarkPluginError,
  SEVERITIES,
  SKIP,
  VFile,
  convert,
  installed,
  ruleNameOfPackage,
  toString,
  visit,
  visitParents
} from "./chunk-S7RZHQSS.js";
import {
  VFileMessage,
  asciiDigit,
  asciiPunctuation,
  normalizeIdentifier,
  ok
} from "./chunk-PEKT56RC.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VX4HL5QL.js";

// node_modules/pluralize/pluralize.js
var require_pluralize = __commonJS({
  "node_modules/pluralize/pluralize.js"(exports, module) {
    (function(root, pluralize14) {
      if (typeof __require === "function" && typeof exports === "object" && typeof module === "object") {
        module.exports = pluralize14();
      } else if (typeof define === "function" && define.amd) {
        define(function() {
          return pluralize14();
        });
      } else {
        root.pluralize = pluralize14();
      }
    })(exports, function() {
      var pluralRules = [];
      var singularRules = [];
      var uncountables = {};
      var irregularPlurals = {};
      var irregularSingles = {};
      function sanitizeRule(rule) {
        if (typeof rule === "string") {
          return new RegExp("^" + rule + "$", "i");
        }
        return rule;
      }
      function restoreCase(word, token) {
        if (word === token) return token;
        if (word === word.toLowerCase()) return token.toLowerCase();
        if (word === word.toUpperCase()) return token.toUpperCase();
        if (word[0] === word[0].toUpperCase()) {
          return token.charAt(0).toUpperCase() + token.substr(1).toLowerCase();
        }
        return token.toLowerCase();
      }
      function interpolate(str, args) {
        return str.replace(/\$(\d{1,2})/g, function(match, index) {
          return args[index] || "";
        });
      }
      function replace(word, rule) {
        return word.replace(rule[0], function(match, index) {
          var result = interpolate(rule[1], arguments);
          if (match === "") {
            return restoreCase(word[index - 1], result);
          }
          return restoreCase(match, result);
        });
      }
      function sanitizeWord(token, word, rules) {
        if (!token.length || uncountables.hasOwnProperty(token)) {
          return word;
        }
        var len = rules.length;
        while (len--) {
          var rule = rules[len];
          if (rule[0].test(word)) return replace(word, rule);
        }
        return word;
      }
      function replaceWord(replaceMap, keepMap, rules) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) {
            return restoreCase(word, token);
          }
          if (replaceMap.hasOwnProperty(token)) {
            return restoreCase(word, replaceMap[token]);
          }
          return sanitizeWord(token, word, rules);
        };
      }
      function checkWord(replaceMap, keepMap, rules, bool) {
        return function(word) {
          var token = word.toLowerCase();
          if (keepMap.hasOwnProperty(token)) return true;
          if (replaceMap.hasOwnProperty(token)) return false;
          return sanitizeWord(token, token, rules) === token;
        };
      }
      function pluralize14(word, count, inclusive) {
        var pluralized = count === 1 ? pluralize14.singular(word) : pluralize14.plural(word);
        return (inclusive ? count + " " : "") + pluralized;
      }
      pluralize14.plural = replaceWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize14.isPlural = checkWord(
        irregularSingles,
        irregularPlurals,
        pluralRules
      );
      pluralize14.singular = replaceWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize14.isSingular = checkWord(
        irregularPlurals,
        irregularSingles,
        singularRules
      );
      pluralize14.addPluralRule = function(rule, replacement) {
        pluralRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize14.addSingularRule = function(rule, replacement) {
        singularRules.push([sanitizeRule(rule), replacement]);
      };
      pluralize14.addUncountableRule = function(word) {
        if (typeof word === "string") {
          uncountables[word.toLowerCase()] = true;
          return;
        }
        pluralize14.addPluralRule(word, "$0");
        pluralize14.addSingularRule(word, "$0");
      };
      pluralize14.addIrregularRule = function(single, plural) {
        plural = plural.toLowerCase();
        single = single.toLowerCase();
        irregularSingles[single] = plural;
        irregularPlurals[plural] = single;
      };
      [
        // Pronouns.
        ["I", "we"],
        ["me", "us"],
        ["he", "they"],
        ["she", "they"],
        ["them", "them"],
        ["myself", "ourselves"],
        ["yourself", "yourselves"],
        ["itself", "themselves"],
        ["herself", "themselves"],
        ["himself", "themselves"],
        ["themself", "themselves"],
        ["is", "are"],
        ["was", "were"],
        ["has", "have"],
        ["this", "these"],
        ["that", "those"],
        // Words ending in with a consonant and `o`.
        ["echo", "echoes"],
        ["dingo", "dingoes"],
        ["volcano", "volcanoes"],
        ["tornado", "tornadoes"],
        ["torpedo", "torpedoes"],
        // Ends with `us`.
        ["genus", "genera"],
        ["viscus", "viscera"],
        // Ends with `ma`.
        ["stigma", "stigmata"],
        ["stoma", "stomata"],
        ["dogma", "dogmata"],
        ["lemma", "lemmata"],
        ["schema", "schemata"],
        ["anathema", "anathemata"],
        // Other irregular rules.
        ["ox", "oxen"],
        ["axe", "axes"],
        ["die", "dice"],
        ["yes", "yeses"],
        ["foot", "feet"],
        ["eave", "eaves"],
        ["goose", "geese"],
        ["tooth", "teeth"],
        ["quiz", "quizzes"],
        ["human", "humans"],
        ["proof", "proofs"],
        ["carve", "carves"],
        ["valve", "valves"],
        ["looey", "looies"],
        ["thief", "thieves"],
        ["groove", "grooves"],
        ["pickaxe", "pickaxes"],
        ["passerby", "passersby"]
      ].forEach(function(rule) {
        return pluralize14.addIrregularRule(rule[0], rule[1]);
      });
      [
        [/s?$/i, "s"],
        [/[^\u0000-\u007F]$/i, "$0"],
        [/([^aeiou]ese)$/i, "$1"],
        [/(ax|test)is$/i, "$1es"],
        [/(alias|[^aou]us|t[lm]as|gas|ris)$/i, "$1es"],
        [/(e[mn]u)s?$/i, "$1s"],
        [/([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$/i, "$1"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1i"],
        [/(alumn|alg|vertebr)(?:a|ae)$/i, "$1ae"],
        [/(seraph|cherub)(?:im)?$/i, "$1im"],
        [/(her|at|gr)o$/i, "$1oes"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$/i, "$1a"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$/i, "$1a"],
        [/sis$/i, "ses"],
        [/(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$/i, "$1$2ves"],
        [/([^aeiouy]|qu)y$/i, "$1ies"],
        [/([^ch][ieo][ln])ey$/i, "$1ies"],
        [/(x|ch|ss|sh|zz)$/i, "$1es"],
        [/(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$/i, "$1ices"],
        [/\b((?:tit)?m|l)(?:ice|ouse)$/i, "$1ice"],
        [/(pe)(?:rson|ople)$/i, "$1ople"],
        [/(child)(?:ren)?$/i, "$1ren"],
        [/eaux$/i, "$0"],
        [/m[ae]n$/i, "men"],
        ["thou", "you"]
      ].forEach(function(rule) {
        return pluralize14.addPluralRule(rule[0], rule[1]);
      });
      [
        [/s$/i, ""],
        [/(ss)$/i, "$1"],
        [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, "$1fe"],
        [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, "$1f"],
        [/ies$/i, "y"],
        [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, "$1ie"],
        [/\b(mon|smil)ies$/i, "$1ey"],
        [/\b((?:tit)?m|l)ice$/i, "$1ouse"],
        [/(seraph|cherub)im$/i, "$1"],
        [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, "$1"],
        [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, "$1sis"],
        [/(movie|twelve|abuse|e[mn]u)s$/i, "$1"],
        [/(test)(?:is|es)$/i, "$1is"],
        [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, "$1us"],
        [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, "$1um"],
        [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, "$1on"],
        [/(alumn|alg|vertebr)ae$/i, "$1a"],
        [/(cod|mur|sil|vert|ind)ices$/i, "$1ex"],
        [/(matr|append)ices$/i, "$1ix"],
        [/(pe)(rson|ople)$/i, "$1rson"],
        [/(child)ren$/i, "$1"],
        [/(eau)x?$/i, "$1"],
        [/men$/i, "man"]
      ].forEach(function(rule) {
        return pluralize14.addSingularRule(rule[0], rule[1]);
      });
      [
        // Singular words with no plurals.
        "adulthood",
        "advice",
        "agenda",
        "aid",
        "aircraft",
        "alcohol",
        "ammo",
        "analytics",
        "anime",
        "athletics",
        "audio",
        "bison",
        "blood",
        "bream",
        "buffalo",
        "butter",
        "carp",
        "cash",
        "chassis",
        "chess",
        "clothing",
        "cod",
        "commerce",
        "cooperation",
        "corps",
        "debris",
        "diabetes",
        "digestion",
        "elk",
        "energy",
        "equipment",
        "excretion",
        "expertise",
        "firmware",
        "flounder",
        "fun",
        "gallows",
        "garbage",
        "graffiti",
        "hardware",
        "headquarters",
        "health",
        "herpes",
        "highjinks",
        "homework",
        "housework",
        "information",
        "jeans",
        "justice",
        "kudos",
        "labour",
        "literature",
        "machinery",
        "mackerel",
        "mail",
        "media",
        "mews",
        "moose",
        "music",
        "mud",
        "manga",
        "news",
        "only",
        "personnel",
        "pike",
        "plankton",
        "pliers",
        "police",
        "pollution",
        "premises",
        "rain",
        "research",
        "rice",
        "salmon",
        "scissors",
        "series",
        "sewage",
        "shambles",
        "shrimp",
        "software",
        "species",
        "staff",
        "swine",
        "tennis",
        "traffic",
        "transportation",
        "trout",
        "tuna",
        "wealth",
        "welfare",
        "whiting",
        "wildebeest",
        "wildlife",
        "you",
        /pok[eé]mon$/i,
        // Regexes.
        /[^aeiou]ese$/i,
        // "chinese", "japanese"
        /deer$/i,
        // "deer", "reindeer"
        /fish$/i,
        // "fish", "blowfish", "angelfish"
        /measles$/i,
        /o[iu]s$/i,
        // "carnivorous"
        /pox$/i,
        // "chickpox", "smallpox"
        /sheep$/i
      ].forEach(pluralize14.addUncountableRule);
      return pluralize14;
    });
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject2 = function isPlainObject3(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/mdast-comment-marker/lib/index.js
var commentExpression = /\s*([a-zA-Z\d-]+)(\s+([\s\S]*))?\s*/;
var esCommentExpression = new RegExp(
  "(\\s*\\/\\*" + commentExpression.source + "\\*\\/\\s*)"
);
var markerExpression = new RegExp(
  "(\\s*<!--" + commentExpression.source + "-->\\s*)"
);
function commentMarker(value) {
  if (isNode(value) && (value.type === "html" || value.type === "mdxFlowExpression" || value.type === "mdxTextExpression")) {
    const match = value.value.match(
      value.type === "html" ? markerExpression : esCommentExpression
    );
    if (match && match[0].length === value.value.length) {
      const parameters = parseParameters(match[3] || "");
      if (parameters) {
        return {
          name: match[2],
          attributes: (match[4] || "").trim(),
          parameters,
          node: value
        };
      }
    }
  }
}
function parseParameters(value) {
  const parameters = {};
  return value.replace(
    /\s+([-\w]+)(?:=(?:"((?:\\[\s\S]|[^"])*)"|'((?:\\[\s\S]|[^'])*)'|((?:\\[\s\S]|[^"'\s])+)))?/gi,
    replacer
  ).replace(/\s+/g, "") ? void 0 : parameters;
  function replacer(_, $1, $2, $3, $4) {
    let value2 = $2 === void 0 ? $3 === void 0 ? $4 : $3 : $2;
    const number = Number(value2);
    if (value2 === "true" || value2 === void 0) {
      value2 = true;
    } else if (value2 === "false") {
      value2 = false;
    } else if (value2.trim() && !Number.isNaN(number)) {
      value2 = number;
    }
    parameters[$1] = value2;
    return "";
  }
}
function isNode(value) {
  return Boolean(value && typeof value === "object" && "type" in value);
}

// node_modules/space-separated-tokens/index.js
function parse(value) {
  const input = String(value || "").trim();
  return input ? input.split(/[ \t\n\r\f]+/g) : [];
}

// node_modules/vfile-location/lib/index.js
function location(file) {
  const value = String(file);
  const indices = [];
  let cr = -1;
  let lf = -1;
  return { toOffset, toPoint };
  function grow() {
    const from = indices.at(-1) ?? 0;
    if (cr < from) {
      cr = value.indexOf("\r", from);
      if (cr === -1) cr = Infinity;
    }
    if (lf < from) {
      lf = value.indexOf("\n", from);
      if (lf === -1) lf = Infinity;
    }
    const eol = cr + 1 === lf ? lf : Math.min(cr, lf);
    indices.push((eol === Infinity ? value.length : eol) + 1);
  }
  function toPoint(offset) {
    if (typeof offset === "number" && offset > -1 && offset <= value.length) {
      while ((indices.at(-1) ?? 0) <= offset) grow();
      let low = 0;
      let high = indices.length - 1;
      while (low < high) {
        const middle = Math.floor((low + high) / 2);
        if (indices[middle] > offset) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return {
        line: low + 1,
        column: offset - (low > 0 ? indices[low - 1] : 0) + 1,
        offset
      };
    }
  }
  function toOffset(point2) {
    if (point2 && typeof point2.line === "number" && typeof point2.column === "number" && !Number.isNaN(point2.line) && // Excludes `NaN` too.
    point2.column > 0) {
      while (indices.length < point2.line && (indices.at(-1) ?? 0) <= value.length) {
        grow();
      }
      const offset = (point2.line > 1 ? indices[point2.line - 2] : 0) + point2.column - 1;
      if (offset < indices[point2.line - 1]) return offset;
    }
  }
}

// node_modules/unified-message-control/lib/index.js
var own = {}.hasOwnProperty;
function messageControl(tree, options) {
  if (!options || typeof options !== "object") {
    throw new Error("Expected `options`");
  }
  const { file, marker, name, test: test2 } = options;
  let { enable, disable, known, reset, source } = options;
  if (!enable) enable = [];
  if (!disable) disable = [];
  if (!file) {
    throw new Error("Expected `file` in `options`");
  }
  if (!marker) {
    throw new Error("Expected `marker` in `options`");
  }
  if (!name) {
    throw new Error("Expected `name` in `options`");
  }
  const sources = typeof source === "string" ? [source] : source || [name];
  const toOffset = location(file).toOffset;
  const initial = !reset;
  const gaps = detectGaps(tree);
  const scope = {};
  const globals = [];
  visit(tree, test2, visitor);
  file.messages = file.messages.filter(function(m) {
    return filter(m);
  });
  function visitor(node, position2, parent) {
    const point2 = node.position && node.position.start;
    const mark = marker(node);
    if (!point2 || !mark || mark.name !== name) {
      return;
    }
    const ruleIds = parse(mark.attributes);
    const verb = ruleIds.shift();
    const fn = verb === "enable" ? doEnable : verb === "disable" ? doDisable : verb === "ignore" ? doIgnore : void 0;
    if (!fn) {
      file.fail(
        "Unknown keyword `" + verb + "`: expected `'enable'`, `'disable'`, or `'ignore'`",
        node
      );
    }
    ok(verb, "expected verb");
    ok(fn, "expected verb");
    const next = parent && position2 !== void 0 && parent.children[position2 + 1] || void 0;
    const tail = next && next.position && next.position.end;
    if (ruleIds.length === 0) {
      fn(point2, void 0, tail);
    } else {
      let index = -1;
      while (++index < ruleIds.length) {
        const ruleId = ruleIds[index];
        if (isKnown(ruleId, verb, node)) {
          fn(point2, ruleId, tail);
        }
      }
    }
  }
  function doIgnore(point2, ruleId, tail) {
    if (tail) {
      toggle(point2, false, ruleId);
      toggle(tail, true, ruleId);
    }
  }
  function doDisable(point2, ruleId) {
    toggle(point2, false, ruleId);
    if (!ruleId) reset = true;
  }
  function doEnable(point2, ruleId) {
    toggle(point2, true, ruleId);
    if (!ruleId) reset = false;
  }
  function filter(message) {
    let gapIndex = gaps.length;
    if (!message.source || !sources.includes(message.source)) {
      return true;
    }
    if (!message.line) message.line = 1;
    if (!message.column) message.column = 1;
    const offset = toOffset(message);
    ok(typeof offset === "number");
    while (gapIndex--) {
      if (gaps[gapIndex][0] <= offset && gaps[gapIndex][1] > offset) {
        return false;
      }
    }
    return (!message.ruleId || check(message, scope[message.ruleId], true)) && check(message, globals, false);
  }
  function isKnown(ruleId, verb, node) {
    const result = known ? known.includes(ruleId) : true;
    if (!result) {
      file.message("Cannot " + verb + " `'" + ruleId + "'`, it\u2019s not known", {
        ancestors: [node],
        place: node.position,
        ruleId: "known",
        source: "unified-message-control"
      });
    }
    return result;
  }
  function getState(ruleId) {
    const ranges = ruleId ? scope[ruleId] : globals;
    if (ranges && ranges.length > 0) {
      return ranges[ranges.length - 1].state;
    }
    ok(enable);
    ok(disable);
    return ruleId ? reset ? enable.includes(ruleId) : !disable.includes(ruleId) : !reset;
  }
  function toggle(point2, state, ruleId) {
    const markers = ruleId ? scope[ruleId] || (scope[ruleId] = []) : globals;
    const current = getState(ruleId);
    if (current !== state) {
      markers.push({ state, point: point2 });
    }
    if (!ruleId) {
      for (ruleId in scope) {
        if (own.call(scope, ruleId)) {
          toggle(point2, state, ruleId);
        }
      }
    }
  }
  function check(message, marks, local) {
    if (message.line && message.column && marks && marks.length > 0) {
      let index = marks.length;
      while (index--) {
        const mark = marks[index];
        if (mark.point && (mark.point.line < message.line || mark.point.line === message.line && mark.point.column <= message.column)) {
          return mark.state === true;
        }
      }
    }
    if (local) {
      ok(message.ruleId);
      ok(enable);
      ok(disable);
      return reset ? enable.includes(message.ruleId) : !disable.includes(message.ruleId);
    }
    return Boolean(initial || reset);
  }
}
function detectGaps(tree) {
  const end = tree && tree.position && tree.position.end && tree.position.end.offset;
  let offset = 0;
  let gap = false;
  const gaps = [];
  visit(tree, one);
  if (typeof end === "number" && offset !== end) {
    update();
    update(end);
  }
  return gaps;
  function one(node) {
    update(node.position && node.position.start && node.position.start.offset);
    if (!("children" in node)) {
      update(node.position && node.position.end && node.position.end.offset);
    }
  }
  function update(latest) {
    if (latest === null || latest === void 0) {
      gap = true;
    } else if (offset < latest) {
      if (gap) {
        gaps.push([offset, latest]);
        gap = false;
      }
      offset = latest;
    }
  }
}

// node_modules/remark-message-control/lib/index.js
var test = [
  "comment",
  // In MDX@1, comments have their own node.
  "html",
  // Comments are `html` nodes in mdast.
  "mdxFlowExpression",
  // In MDX@2, comments exist in bracketed expressions.
  "mdxTextExpression"
];
function remarkMessageControl(options) {
  return function(tree, file) {
    messageControl(tree, { ...options, file, marker: commentMarker, test });
  };
}

// node_modules/remark-lint/index.js
function remarkLint() {
  this.use(lintMessageControl);
}
function lintMessageControl() {
  return remarkMessageControl({ name: "lint", source: "remark-lint" });
}

// node_modules/mdast-util-phrasing/lib/index.js
var phrasing = (
  /** @type {(node?: unknown) => node is Exclude<PhrasingContent, Html>} */
  convert([
    "break",
    "delete",
    "emphasis",
    // To do: next major: removed since footnotes were added to GFM.
    "footnote",
    "footnoteReference",
    "image",
    "imageReference",
    "inlineCode",
    // Enabled by `mdast-util-math`:
    "inlineMath",
    "link",
    "linkReference",
    // Enabled by `mdast-util-mdx`:
    "mdxJsxTextElement",
    // Enabled by `mdast-util-mdx`:
    "mdxTextExpression",
    "strong",
    "text",
    // Enabled by `mdast-util-directive`:
    "textDirective"
  ])
);

// node_modules/remark-lint-blockquote-indentation/index.js
var import_pluralize = __toESM(require_pluralize(), 1);

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index = -1;
      if (error) {
        callback(error);
        return;
      }
      while (++index < values.length) {
        if (output[index] === null || output[index] === void 0) {
          output[index] = values[index];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
    }
  }
  function then(value) {
    done(null, value);
  }
}

// node_modules/remark-lint-blockquote-indentation/node_modules/unified-lint-rule/lib/index.js
function lintRule(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/unist-util-position/lib/index.js
var pointEnd = point("end");
var pointStart = point("start");
function point(type) {
  return point2;
  function point2(node) {
    const point3 = node && node.position && node.position[type] || {};
    if (typeof point3.line === "number" && point3.line > 0 && typeof point3.column === "number" && point3.column > 0) {
      return {
        line: point3.line,
        column: point3.column,
        offset: typeof point3.offset === "number" && point3.offset > -1 ? point3.offset : void 0
      };
    }
  }
}
function position(node) {
  const start = pointStart(node);
  const end = pointEnd(node);
  if (start && end) {
    return { start, end };
  }
}

// node_modules/remark-lint-blockquote-indentation/index.js
var remarkLintBlockquoteIndentation = lintRule(
  {
    origin: "remark-lint:blockquote-indentation",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-blockquote-indentation#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (typeof options === "number") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `number` or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "blockquote") return;
      const start = pointStart(node);
      const headStart = pointStart(node.children[0]);
      if (headStart && start) {
        const actual = headStart.column - start.column;
        if (expected) {
          const difference = expected - actual;
          const differenceAbsolute = Math.abs(difference);
          if (difference !== 0) {
            file.message(
              "Unexpected `" + actual + "` " + (0, import_pluralize.default)("space", actual) + " between block quote marker and content, expected `" + expected + "` " + (0, import_pluralize.default)("space", expected) + ", " + (difference > 0 ? "add" : "remove") + " `" + differenceAbsolute + "` " + (0, import_pluralize.default)("space", differenceAbsolute),
              { ancestors: [...parents, node], place: headStart }
            );
          }
        } else {
          expected = actual;
        }
      }
    });
  }
);
var remark_lint_blockquote_indentation_default = remarkLintBlockquoteIndentation;

// node_modules/remark-lint-checkbox-character-style/node_modules/unified-lint-rule/lib/index.js
function lintRule2(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce2(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce2(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-checkbox-character-style/index.js
var remarkLintCheckboxCharacterStyle = lintRule2(
  {
    origin: "remark-lint:checkbox-character-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-checkbox-character-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let checkedExpected;
    let checkedConsistentCause;
    let uncheckedExpected;
    let uncheckedConsistentCause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (typeof options === "object") {
      if (options.checked === "X" || options.checked === "x") {
        checkedExpected = options.checked;
      } else if (options.checked && options.checked !== "consistent") {
        file.fail(
          "Unexpected value `" + options.checked + "` for `options.checked`, expected `'X'`, `'x'`, or `'consistent'`"
        );
      }
      if (options.unchecked === "	" || options.unchecked === " ") {
        uncheckedExpected = options.unchecked;
      } else if (options.unchecked && options.unchecked !== "consistent") {
        file.fail(
          "Unexpected value `" + options.unchecked + "` for `options.unchecked`, expected `'\\t'`, `' '`, or `'consistent'`"
        );
      }
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected an object or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "listItem") return;
      const head = node.children[0];
      const headStart = pointStart(head);
      if (!head || !headStart || typeof node.checked !== "boolean" || typeof headStart.offset !== "number") {
        return;
      }
      headStart.offset -= 2;
      headStart.column -= 2;
      const match = /\[([\t Xx])]/.exec(
        value.slice(headStart.offset - 2, headStart.offset + 1)
      );
      if (!match) return;
      const actual = match[1];
      const actualDisplay = actual === "	" ? "\\t" : actual;
      const expected = node.checked ? checkedExpected : uncheckedExpected;
      const expectedDisplay = expected === "	" ? "\\t" : expected;
      if (!expected) {
        const cause = new VFileMessage(
          (node.checked ? "C" : "Unc") + "hecked checkbox style `'" + actualDisplay + "'` first defined for `'consistent'` here",
          {
            ancestors: [...parents, node],
            place: headStart,
            ruleId: "checkbox-character-style",
            source: "remark-lint"
          }
        );
        if (node.checked) {
          checkedExpected = /** @type {'X' | 'x'} */
          actual;
          checkedConsistentCause = cause;
        } else {
          uncheckedExpected = /** @type {'\t' | ' '} */
          actual;
          uncheckedConsistentCause = cause;
        }
      } else if (actual !== expected) {
        file.message(
          "Unexpected " + (node.checked ? "" : "un") + "checked checkbox value `" + actualDisplay + "`, expected `" + expectedDisplay + "`",
          {
            ancestors: [...parents, node],
            cause: node.checked ? checkedConsistentCause : uncheckedConsistentCause,
            place: headStart
          }
        );
      }
    });
  }
);
var remark_lint_checkbox_character_style_default = remarkLintCheckboxCharacterStyle;

// node_modules/remark-lint-code-block-style/node_modules/unified-lint-rule/lib/index.js
function lintRule3(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce3(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce3(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-code-block-style/index.js
var remarkLintCodeBlockStyle = lintRule3(
  {
    origin: "remark-lint:code-block-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-code-block-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let cause;
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "indented" || options === "fenced") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'fenced'`, `'indented'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "code") return;
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!start || !end || typeof start.offset !== "number" || typeof end.offset !== "number") {
        return;
      }
      const actual = node.lang || /^ {0,3}([`~])/.test(value.slice(start.offset, end.offset)) ? "fenced" : "indented";
      if (expected) {
        if (expected !== actual) {
          file.message(
            "Unexpected " + actual + " code block, expected " + expected + " code blocks",
            { ancestors: [...parents, node], cause, place: { start, end } }
          );
        }
      } else {
        expected = actual;
        cause = new VFileMessage(
          "Code block style `'" + actual + "'` first defined for `'consistent'` here",
          {
            ancestors: [...parents, node],
            place: { start, end },
            source: "remark-lint",
            ruleId: "code-block-style"
          }
        );
      }
    });
  }
);
var remark_lint_code_block_style_default = remarkLintCodeBlockStyle;

// node_modules/remark-lint-emphasis-marker/node_modules/unified-lint-rule/lib/index.js
function lintRule4(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce4(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce4(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-emphasis-marker/index.js
var remarkLintEmphasisMarker = lintRule4(
  {
    origin: "remark-lint:emphasis-marker",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-emphasis-marker#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent`').
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let cause;
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "*" || options === "_") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'*'`, `'_'`, or `'consistent'`"
      );
    }
    visitParents(tree, "emphasis", function(node, parents) {
      const start = pointStart(node);
      if (start && typeof start.offset === "number") {
        const actual = value.charAt(start.offset);
        if (actual !== "*" && actual !== "_") return;
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected emphasis marker `" + actual + "`, expected `" + expected + "`",
              { ancestors: [...parents, node], cause, place: node.position }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Emphasis marker style `'" + actual + "'` first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place: node.position,
              ruleId: "emphasis-marker",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_emphasis_marker_default = remarkLintEmphasisMarker;

// node_modules/remark-lint-fenced-code-marker/node_modules/unified-lint-rule/lib/index.js
function lintRule5(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce5(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce5(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-fenced-code-marker/index.js
var remarkLintFencedCodeMarker = lintRule5(
  {
    origin: "remark-lint:fenced-code-marker",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-marker#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let cause;
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "`" || options === "~") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected ``'`'``, `'~'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "code") return;
      const start = pointStart(node);
      if (start && typeof start.offset === "number") {
        const actual = value.slice(start.offset, start.offset + 4).replace(/^\s+/, "").charAt(0);
        if (actual !== "`" && actual !== "~") return;
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected fenced code marker " + (actual === "~" ? "`~`" : "`` ` ``") + ", expected " + (expected === "~" ? "`~`" : "`` ` ``"),
              { ancestors: [...parents, node], cause, place: node.position }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Fenced code marker style " + (actual === "~" ? "`'~'`" : "``'`'``") + " first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place: node.position,
              ruleId: "fenced-code-marker",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_fenced_code_marker_default = remarkLintFencedCodeMarker;

// node_modules/mdast-util-heading-style/lib/index.js
function headingStyle(node, relative) {
  const last = node.children[node.children.length - 1];
  const depth = node.depth;
  const pos = node.position && node.position.end;
  const final = last && last.position && last.position.end;
  if (!pos) {
    return void 0;
  }
  if (!last) {
    if (pos.column - 1 <= depth * 2) {
      return consolidate(depth, relative);
    }
    return "atx-closed";
  }
  if (final && final.line + 1 === pos.line) {
    return "setext";
  }
  if (final && final.column + depth < pos.column) {
    return "atx-closed";
  }
  return consolidate(depth, relative);
}
function consolidate(depth, relative) {
  return depth < 3 ? "atx" : relative === "atx" || relative === "setext" ? relative : void 0;
}

// node_modules/remark-lint-heading-style/node_modules/unified-lint-rule/lib/index.js
function lintRule6(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce6(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce6(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-heading-style/index.js
var remarkLintHeadingStyle = lintRule6(
  {
    origin: "remark-lint:heading-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    let cause;
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "atx" || options === "atx-closed" || options === "setext") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'atx'`, `'atx-closed'`, `'setext'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "heading") return;
      const place = position(node);
      const actual = headingStyle(node, expected);
      if (actual) {
        if (expected) {
          if (place && actual !== expected) {
            file.message(
              "Unexpected " + displayStyle(actual) + " heading, expected " + displayStyle(expected),
              { ancestors: [...parents, node], cause, place }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Heading style " + displayStyle(expected) + " first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place,
              ruleId: "heading-style",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_heading_style_default = remarkLintHeadingStyle;
function displayStyle(style) {
  return style === "atx" ? "ATX" : style === "atx-closed" ? "ATX (closed)" : "setext";
}

// node_modules/remark-lint-link-title-style/node_modules/unified-lint-rule/lib/index.js
function lintRule7(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce7(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce7(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-link-title-style/index.js
var remarkLintLinkTitleStyle = lintRule7(
  {
    origin: "remark-lint:link-title-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-link-title-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "(") {
      expected = "()";
    } else if (options === '"' || options === "'" || options === "()") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'\"'`, `\"'\"`, `'()'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (node.type === "definition" || node.type === "image" || node.type === "link") {
        if (!node.title) return;
        const end = pointEnd(node);
        let endIndex = end ? end.offset : void 0;
        if (!endIndex) return;
        if (node.type !== "definition") endIndex--;
        let before = value.charCodeAt(endIndex - 1);
        while (before === 9 || before === 32) {
          endIndex--;
          before = value.charCodeAt(endIndex - 1);
        }
        const actual = before === 34 ? '"' : before === 39 ? "'" : before === 41 ? "()" : (
          /* c8 ignore next -- we should find a correct marker. */
          void 0
        );
        if (!actual) return;
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected title markers " + displayStyle2(actual) + ", expected " + displayStyle2(expected),
              { ancestors: [...parents, node], cause, place: node.position }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Title marker style " + displayStyle2(expected) + " first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place: node.position,
              ruleId: "link-title-style",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_link_title_style_default = remarkLintLinkTitleStyle;
function displayStyle2(style) {
  return style === '"' ? '`"`' : style === "'" ? "`'`" : "`'('` and `')'`";
}

// node_modules/remark-lint-list-item-content-indent/index.js
var import_pluralize2 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-list-item-content-indent/node_modules/unified-lint-rule/lib/index.js
function lintRule8(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce8(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce8(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-list-item-content-indent/index.js
var remarkLintListItemContentIndent = lintRule8(
  {
    origin: "remark-lint:list-item-content-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-content-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    let cause;
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "listItem") return;
      let index = -1;
      let expected;
      while (++index < node.children.length) {
        const child = node.children[index];
        const childStart = pointStart(child);
        if (!childStart || typeof childStart.offset !== "number") {
          continue;
        }
        let actual = childStart.column;
        if (index === 0 && typeof node.checked === "boolean") {
          let beforeIndex = childStart.offset - 1;
          while (beforeIndex > 0 && value.charCodeAt(beforeIndex) !== 91) {
            beforeIndex--;
          }
          actual -= childStart.offset - beforeIndex;
        }
        if (expected) {
          if (actual !== expected) {
            const difference = expected - actual;
            const differenceAbsolute = Math.abs(difference);
            file.message(
              "Unexpected unaligned list item child, expected to align with first child, " + (difference > 0 ? "add" : "remove") + " `" + differenceAbsolute + "` " + (0, import_pluralize2.default)("space", differenceAbsolute),
              { ancestors: [...parents, node, child], cause, place: childStart }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Alignment of first child first defined here",
            {
              ancestors: [...parents, node, child],
              place: childStart,
              ruleId: "list-item-content-indent",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_list_item_content_indent_default = remarkLintListItemContentIndent;

// node_modules/remark-lint-ordered-list-marker-style/node_modules/unified-lint-rule/lib/index.js
function lintRule9(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce9(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce9(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-ordered-list-marker-style/index.js
var remarkLintOrderedListMarkerStyle = lintRule9(
  {
    origin: "remark-lint:ordered-list-marker-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "." || options === ")") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'.'`, `')'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "listItem") return;
      const parent = parents.at(-1);
      if (!parent || parent.type !== "list" || !parent.ordered) return;
      const start = pointStart(node);
      if (start && typeof start.offset === "number") {
        let index = start.offset;
        let code = value.charCodeAt(index);
        while (asciiDigit(code)) {
          index++;
          code = value.charCodeAt(index);
        }
        const actual = code === 41 ? ")" : code === 46 ? "." : void 0;
        if (!actual) return;
        const place = {
          line: start.line,
          column: start.column + (index - start.offset),
          offset: start.offset + (index - start.offset)
        };
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected ordered list marker `" + actual + "`, expected `" + expected + "`",
              { ancestors: [...parents, node], cause, place }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Ordered list marker style `" + expected + "` first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place,
              ruleId: "ordered-list-marker-style",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_ordered_list_marker_style_default = remarkLintOrderedListMarkerStyle;

// node_modules/remark-lint-ordered-list-marker-value/node_modules/unified-lint-rule/lib/index.js
function lintRule10(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce10(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce10(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-ordered-list-marker-value/index.js
var remarkLintOrderedListMarkerValue = lintRule10(
  {
    origin: "remark-lint:ordered-list-marker-value",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-ordered-list-marker-value#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let style;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "one" || options === "ordered" || options === "single") {
      style = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'one'`, `'ordered'`, `'single'`, or `'consistent'`"
      );
    }
    const lists = [];
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "list") return;
      if (!node.ordered) return;
      const values = [];
      for (const item of node.children) {
        const start = pointStart(item);
        let counter;
        if (start && typeof start.offset === "number") {
          let index = start.offset;
          let code = value.charCodeAt(index);
          while (asciiDigit(code)) {
            index++;
            code = value.charCodeAt(index);
          }
          counter = value.slice(start.offset, index);
        }
        values.push(counter);
      }
      lists.push({ ancestors: [...parents, node], counters: values });
    });
    if (!style) {
      for (const info of lists) {
        const [first, second] = info.counters;
        if (first && second) {
          const inferredStyle = second === String(Number(first) + 1) ? "ordered" : second === first ? "single" : void 0;
          if (inferredStyle) {
            const node = info.ancestors.at(-1);
            ok(node);
            ok(node.type === "list");
            style = inferredStyle;
            cause = new VFileMessage(
              "Ordered list marker style `" + style + "` first defined for `'consistent'` here",
              {
                ancestors: info.ancestors,
                place: node.position,
                ruleId: "ordered-list-marker-value",
                source: "remark-lint"
              }
            );
          }
          break;
        }
      }
    }
    if (!style) {
      style = "ordered";
      cause = new VFileMessage(
        "Ordered list marker style `ordered` assumed for `'consistent'`",
        { ruleId: "ordered-list-marker-value", source: "remark-lint" }
      );
    }
    for (const info of lists) {
      const startValue = style === "one" ? 1 : info.counters[0];
      const node = info.ancestors.at(-1);
      ok(node);
      ok(node.type === "list");
      if (!startValue) continue;
      const start = Number(startValue);
      let index = -1;
      while (++index < info.counters.length) {
        const item = node.children[index];
        const actual = info.counters[index];
        if (!actual) continue;
        const startPoint = pointStart(item);
        ok(startPoint);
        ok(typeof startPoint.offset === "number");
        const expected = String(
          style === "one" ? 1 : style === "single" ? start : start + index
        );
        if (actual !== expected) {
          file.message(
            "Unexpected ordered list item value `" + actual + "`, expected `" + expected + "`",
            {
              ancestors: [...info.ancestors, item],
              cause,
              place: {
                line: startPoint.line,
                column: startPoint.column + actual.length,
                offset: startPoint.offset + actual.length
              }
            }
          );
        }
      }
    }
  }
);
var remark_lint_ordered_list_marker_value_default = remarkLintOrderedListMarkerValue;

// node_modules/remark-lint-rule-style/node_modules/unified-lint-rule/lib/index.js
function lintRule11(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce11(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce11(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-rule-style/index.js
var remarkLintRuleStyle = lintRule11(
  {
    origin: "remark-lint:rule-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-rule-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (/[^-_* ]/.test(options) || options.at(0) === " " || options.at(-1) === " " || options.replaceAll(" ", "").length < 3) {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected thematic rule or `'consistent'`"
      );
    } else {
      expected = options;
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "thematicBreak") return;
      const end = pointEnd(node);
      const start = pointStart(node);
      if (start && end && typeof start.offset === "number" && typeof end.offset === "number") {
        const place = { start, end };
        const actual = value.slice(start.offset, end.offset);
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected thematic rule `" + actual + "`, expected `" + expected + "`",
              { ancestors: [...parents, node], cause, place }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Thematic rule style `" + expected + "` first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place,
              ruleId: "rule-style",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_rule_style_default = remarkLintRuleStyle;

// node_modules/remark-lint-strong-marker/node_modules/unified-lint-rule/lib/index.js
function lintRule12(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce12(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce12(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-strong-marker/index.js
var remarkLintStrongMarker = lintRule12(
  {
    origin: "remark-lint:strong-marker",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-strong-marker#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let cause;
    let expected;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "*" || options === "_") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'*'`, `'_'`, or `'consistent'`"
      );
    }
    visitParents(tree, "strong", function(node, parents) {
      const start = pointStart(node);
      if (start && typeof start.offset === "number") {
        const actual = value.charAt(start.offset);
        if (actual !== "*" && actual !== "_") return;
        if (expected) {
          if (actual !== expected) {
            file.message(
              "Unexpected strong marker `" + actual + "`, expected `" + expected + "`",
              { ancestors: [...parents, node], cause, place: node.position }
            );
          }
        } else {
          expected = actual;
          cause = new VFileMessage(
            "Strong marker style `'" + actual + "'` first defined for `'consistent'` here",
            {
              ancestors: [...parents, node],
              place: node.position,
              ruleId: "strong-marker",
              source: "remark-lint"
            }
          );
        }
      }
    });
  }
);
var remark_lint_strong_marker_default = remarkLintStrongMarker;

// node_modules/remark-lint-table-cell-padding/index.js
var import_pluralize3 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-table-cell-padding/node_modules/unified-lint-rule/lib/index.js
function lintRule13(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce13(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce13(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-table-cell-padding/index.js
var remarkLintTableCellPadding = lintRule13(
  {
    origin: "remark-lint:table-cell-padding",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-cell-padding#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | Style | 'consistent' | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    let cause;
    let stringLength;
    let style;
    if (options && typeof options === "object") {
      stringLength = options.stringLength;
      style = options.style;
    } else {
      style = options;
    }
    if (style === null || style === void 0 || style === "consistent") {
    } else if (style === "compact" || style === "padded") {
      expected = style;
    } else {
      file.fail(
        "Unexpected value `" + style + "` for `style`, expected `'compact'`, `'padded'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(table, parents) {
      if (phrasing(table)) {
        return SKIP;
      }
      if (table.type !== "table") return;
      const entries = inferTable([...parents, table]);
      const sizes = [];
      for (const entry of entries) {
        if (entry.size && (sizes[entry.column] === void 0 || entry.size.middle > sizes[entry.column])) {
          sizes[entry.column] = entry.size.middle;
        }
      }
      if (!expected) {
        for (const info of entries) {
          if (info.size && info.size.middle && info.size.middle === sizes[info.column]) {
            const node = info.ancestors.at(-1);
            ok(node);
            expected = info.size.left ? "padded" : "compact";
            cause = new VFileMessage(
              "Cell padding style `'" + expected + "'` first defined for `'consistent'` here",
              {
                ancestors: info.ancestors,
                place: node.position,
                ruleId: "table-cell-padding",
                source: "remark-lint"
              }
            );
          }
        }
      }
      if (!expected) return;
      for (const info of entries) {
        checkSide("left", info, sizes);
        checkSide("right", info, sizes);
      }
      return SKIP;
    });
    function checkSide(side, info, sizes) {
      if (!info.size) {
        return;
      }
      const actual = info.size[side];
      if (actual === void 0) {
        return;
      }
      const alignSpaces = sizes[info.column] - info.size.middle;
      const min = expected === "compact" ? 0 : 1;
      let max = min;
      if (info.align === "center") {
        max += Math.ceil(alignSpaces / 2);
      } else if (info.align === "right" ? side === "left" : side === "right") {
        max += alignSpaces;
      }
      if (info.size.middle === 0) {
        if (side === "right") return;
        max = Math.max(max, sizes[info.column] + 2 * min);
      }
      if (actual < min || actual > max) {
        const differenceMin = min - actual;
        const differenceMinAbsolute = Math.abs(differenceMin);
        const differenceMax = max - actual;
        const differenceMaxAbsolute = Math.abs(differenceMax);
        file.message(
          "Unexpected `" + actual + "` " + (0, import_pluralize3.default)("space", actual) + " between cell " + (side === "left" ? "edge" : "content") + " and " + (side === "left" ? "content" : "edge") + ", expected " + (min === max ? "" : "between `" + min + "` (unaligned) and ") + "`" + max + "` " + (min === max ? "" : "(aligned) ") + (0, import_pluralize3.default)("space", max) + ", " + (differenceMin < 0 ? "remove" : "add") + (differenceMin === differenceMax ? "" : " between `" + differenceMaxAbsolute + "` and") + " `" + differenceMinAbsolute + "` " + (0, import_pluralize3.default)("space", differenceMinAbsolute),
          {
            ancestors: info.ancestors,
            cause,
            place: side === "left" ? info.size.leftPoint : info.size.rightPoint
          }
        );
      }
    }
    function inferTable(ancestors) {
      const node = ancestors.at(-1);
      ok(node);
      ok(node.type === "table");
      const align = node.align || [];
      const result = [];
      let rowIndex = -1;
      while (++rowIndex < node.children.length) {
        const row = node.children[rowIndex];
        let column = -1;
        while (++column < row.children.length) {
          const node2 = row.children[column];
          result.push({
            align: align[column],
            ancestors: [...ancestors, row, node2],
            column,
            size: inferSize(
              pointStart(node2),
              pointEnd(node2),
              column === row.children.length - 1
            )
          });
        }
        if (rowIndex === 0) {
          const alignRow = inferAlignRow(ancestors, align);
          if (alignRow) result.push(...alignRow);
        }
      }
      return result;
    }
    function inferAlignRow(ancestors, align) {
      const node = ancestors.at(-1);
      ok(node);
      ok(node.type === "table");
      const headEnd = pointEnd(node.children[0]);
      if (!headEnd || typeof headEnd.offset !== "number") return;
      let index = headEnd.offset;
      if (value.charCodeAt(index) === 13) index++;
      if (value.charCodeAt(index) !== 10) return;
      index++;
      const result = [];
      const line = headEnd.line + 1;
      let code = value.charCodeAt(index);
      while (code === 9 || code === 32 || code === 62) {
        index++;
        code = value.charCodeAt(index);
      }
      if (code !== 45 && code !== 58 && code !== 124) {
        return;
      }
      let lineEndOffset = value.indexOf("\n", index);
      if (lineEndOffset === -1) lineEndOffset = value.length;
      if (value.charCodeAt(lineEndOffset - 1) === 13) lineEndOffset--;
      let column = 0;
      let cellStart = index;
      let cellEnd = value.indexOf("|", index + (code === 124 ? 1 : 0));
      if (cellEnd === -1 || cellEnd > lineEndOffset) {
        cellEnd = lineEndOffset;
      }
      while (cellStart !== cellEnd) {
        let nextCellEnd = value.indexOf("|", cellEnd + 1);
        if (nextCellEnd === -1 || nextCellEnd > lineEndOffset) {
          nextCellEnd = lineEndOffset;
        }
        if (nextCellEnd === lineEndOffset) {
          let maybeEnd = lineEndOffset;
          let code2 = value.charCodeAt(maybeEnd - 1);
          while (code2 === 9 || code2 === 32) {
            maybeEnd--;
            code2 = value.charCodeAt(maybeEnd - 1);
          }
          if (cellEnd + 1 === maybeEnd) {
            cellEnd = lineEndOffset;
          }
        }
        result.push({
          align: align[column],
          ancestors,
          column,
          size: inferSize(
            {
              line,
              column: cellStart - index + 1,
              offset: cellStart
            },
            { line, column: cellEnd - index + 1, offset: cellEnd },
            cellEnd === lineEndOffset
          )
        });
        cellStart = cellEnd;
        cellEnd = nextCellEnd;
        column++;
      }
      return result;
    }
    function inferSize(start, end, tailCell) {
      if (end && start && typeof end.offset === "number" && typeof start.offset === "number") {
        let leftIndex = start.offset;
        let left;
        let right;
        if (value.charCodeAt(leftIndex) === 124) {
          left = 0;
          leftIndex++;
          while (value.charCodeAt(leftIndex) === 32) {
            left++;
            leftIndex++;
          }
        }
        let rightIndex = end.offset;
        if (tailCell) {
          while (value.charCodeAt(rightIndex - 1) === 32) {
            rightIndex--;
          }
          if (rightIndex > leftIndex && value.charCodeAt(rightIndex - 1) === 124) {
            rightIndex--;
          } else {
            rightIndex = end.offset;
          }
        }
        const rightEdgeIndex = rightIndex;
        if (value.charCodeAt(rightIndex) === 124) {
          right = 0;
          while (rightIndex - 1 > leftIndex && value.charCodeAt(rightIndex - 1) === 32) {
            right++;
            rightIndex--;
          }
        }
        const middle = stringLength ? stringLength(value.slice(leftIndex, rightIndex)) : rightIndex - leftIndex;
        return {
          left,
          leftPoint: {
            line: start.line,
            column: start.column + (leftIndex - start.offset),
            offset: leftIndex
          },
          middle,
          right,
          rightPoint: {
            line: end.line,
            column: end.column - (end.offset - rightEdgeIndex),
            offset: rightEdgeIndex
          }
        };
      }
    }
  }
);
var remark_lint_table_cell_padding_default = remarkLintTableCellPadding;

// node_modules/remark-preset-lint-consistent/index.js
var remarkPresetLintConsistent = {
  plugins: [
    remarkLint,
    [remark_lint_blockquote_indentation_default, "consistent"],
    [remark_lint_checkbox_character_style_default, "consistent"],
    [remark_lint_code_block_style_default, "consistent"],
    [remark_lint_emphasis_marker_default, "consistent"],
    [remark_lint_fenced_code_marker_default, "consistent"],
    [remark_lint_heading_style_default, "consistent"],
    [remark_lint_link_title_style_default, "consistent"],
    remark_lint_list_item_content_indent_default,
    [remark_lint_ordered_list_marker_style_default, "consistent"],
    [remark_lint_ordered_list_marker_value_default, "consistent"],
    [remark_lint_rule_style_default, "consistent"],
    [remark_lint_strong_marker_default, "consistent"],
    [remark_lint_table_cell_padding_default, "consistent"]
  ]
};
var remark_preset_lint_consistent_default = remarkPresetLintConsistent;

// node_modules/remark-lint-definition-case/node_modules/unified-lint-rule/lib/index.js
function lintRule14(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce14(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce14(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-definition-case/index.js
var remarkLintDefinitionCase = lintRule14(
  {
    origin: "remark-lint:definition-case",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-definition-case#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if ((node.type === "definition" || node.type === "footnoteDefinition") && node.position && node.label && node.label !== node.label.toLowerCase()) {
        file.message(
          "Unexpected uppercase characters in " + (node.type === "definition" ? "" : "footnote ") + "definition label, expected lowercase",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_definition_case_default = remarkLintDefinitionCase;

// node_modules/longest-streak/index.js
function longestStreak(value, substring) {
  const source = String(value);
  let index = source.indexOf(substring);
  let expected = index;
  let count = 0;
  let max = 0;
  if (typeof substring !== "string") {
    throw new TypeError("Expected substring");
  }
  while (index !== -1) {
    if (index === expected) {
      if (++count > max) {
        max = count;
      }
    } else {
      count = 1;
    }
    expected = index + substring.length;
    index = source.indexOf(substring, expected);
  }
  return max;
}

// node_modules/remark-lint-definition-spacing/index.js
var import_pluralize4 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-definition-spacing/node_modules/unified-lint-rule/lib/index.js
function lintRule15(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce15(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce15(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-definition-spacing/index.js
var remarkLintDefinitionSpacing = lintRule15(
  {
    origin: "remark-lint:definition-spacing",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-definition-spacing#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type === "definition" && node.position && node.label) {
        const size = longestStreak(node.label, " ");
        if (size > 1) {
          file.message(
            "Unexpected `" + size + "` consecutive spaces in definition label, expected `1` space, remove `" + (size - 1) + "` " + (0, import_pluralize4.default)("space", size - 1),
            { ancestors: [...parents, node], place: node.position }
          );
        }
        const disallowed = [];
        if (node.label.includes("	")) disallowed.push("\\t");
        if (node.label.includes("\n")) disallowed.push("\\n");
        if (node.label.includes("\r")) disallowed.push("\\r");
        for (const disallow of disallowed) {
          file.message(
            "Unexpected non-space whitespace character `" + disallow + "` in definition label, expected `1` space, replace it",
            { ancestors: [...parents, node], place: node.position }
          );
        }
      }
    });
  }
);
var remark_lint_definition_spacing_default = remarkLintDefinitionSpacing;

// node_modules/quotation/index.js
var quotation = (
  /**
   * @type {{
   *   (value: string, open?: string | null | undefined, close?: string | null | undefined): string
   *   (value: ReadonlyArray<string>, open?: string | null | undefined, close?: string | null | undefined): string[]
   * }}
   */
  /**
   * @param {ReadonlyArray<string> | string} value
   * @param {string | null | undefined} open
   * @param {string | null | undefined} close
   * @returns {Array<string> | string}
   */
  (function(value, open, close) {
    const start = open || '"';
    const end = close || start;
    let index = -1;
    if (Array.isArray(value)) {
      const list = (
        /** @type {ReadonlyArray<string>} */
        value
      );
      const result = [];
      while (++index < list.length) {
        result[index] = start + list[index] + end;
      }
      return result;
    }
    if (typeof value === "string") {
      return start + value + end;
    }
    throw new TypeError("Expected string or array of strings");
  })
);

// node_modules/remark-lint-fenced-code-flag/node_modules/unified-lint-rule/lib/index.js
function lintRule16(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce16(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce16(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-fenced-code-flag/index.js
var fence = /^ {0,3}([~`])\1{2,}/;
var listFormat = new Intl.ListFormat("en", { type: "disjunction" });
var listFormatUnit = new Intl.ListFormat("en", { type: "unit" });
var remarkLintFencedCodeFlag = lintRule16(
  {
    origin: "remark-lint:fenced-code-flag",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-fenced-code-flag#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {CheckFlag | Readonly<Options> | ReadonlyArray<string> | null | undefined} [options]
   *   Check, configuration, or flags to allow (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let check;
    if (typeof options === "function") {
      check = options;
    } else if (typeof options === "object" || options === void 0) {
      check = createCheck(options || {});
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected array or object"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "code") return;
      const language = node.lang || "";
      const end = pointEnd(node);
      const start = pointStart(node);
      if (end && start && typeof end.offset === "number" && typeof start.offset === "number") {
        if (language) {
          const reason = check(language);
          if (reason) {
            file.message(reason, {
              ancestors: [...parents, node],
              place: node.position
            });
          }
        } else {
          const slice = value.slice(start.offset, end.offset);
          if (fence.test(slice)) {
            const reason = check(language);
            if (reason) {
              file.message(reason, {
                ancestors: [...parents, node],
                place: node.position
              });
            }
          }
        }
      }
    });
  }
);
var remark_lint_fenced_code_flag_default = remarkLintFencedCodeFlag;
function createCheck(options) {
  let allowEmpty = false;
  let allowed;
  if (Array.isArray(options)) {
    const flags2 = (
      /** @type {ReadonlyArray<string>} */
      options
    );
    allowed = flags2;
  } else {
    const settings = (
      /** @type {Options} */
      options
    );
    allowEmpty = settings.allowEmpty === true;
    if (settings.flags) {
      allowed = settings.flags;
    }
  }
  let allowedDisplay;
  if (allowed) {
    allowedDisplay = allowed.length > 3 ? listFormatUnit.format([...quotation(allowed.slice(0, 3), "`"), "\u2026"]) : listFormat.format(quotation(allowed, "`"));
  } else {
    allowedDisplay = "keyword";
  }
  return function(value) {
    if (value) {
      if (allowed && !allowed.includes(value)) {
        return "Unexpected fenced code language flag `" + value + "` in info string, expected " + allowedDisplay;
      }
    } else if (!allowEmpty) {
      return "Unexpected missing fenced code language flag in info string, expected " + allowedDisplay;
    }
  };
}

// node_modules/remark-lint-file-extension/node_modules/unified-lint-rule/lib/index.js
function lintRule17(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce17(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce17(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-file-extension/index.js
var defaultExtensions = ["mdx", "md"];
var listFormat2 = new Intl.ListFormat("en", { type: "disjunction" });
var listFormatUnit2 = new Intl.ListFormat("en", { type: "unit" });
var remarkLintFileExtension = lintRule17(
  {
    origin: "remark-lint:file-extension",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-file-extension#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @param {Readonly<Extensions> | Readonly<Options> | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file, options) {
    let expected = defaultExtensions;
    let allowExtensionless = true;
    let extensionsValue;
    if (Array.isArray(options)) {
      extensionsValue = /** @type {ReadonlyArray<string>} */
      options;
    } else if (typeof options === "string") {
      extensionsValue = options;
    } else if (options) {
      const settings = (
        /** @type {Options} */
        options
      );
      extensionsValue = settings.extensions;
      if (settings.allowExtensionless === false) {
        allowExtensionless = false;
      }
    }
    if (Array.isArray(extensionsValue)) {
      expected = /** @type {ReadonlyArray<string>} */
      extensionsValue;
    } else if (typeof extensionsValue === "string") {
      expected = [extensionsValue];
    }
    const extname = file.extname;
    const actual = extname ? extname.slice(1) : void 0;
    const expectedDisplay = expected.length > 3 ? listFormatUnit2.format([...quotation(expected.slice(0, 3), "`"), "\u2026"]) : listFormat2.format(quotation(expected, "`"));
    if (actual ? !expected.includes(actual) : !allowExtensionless) {
      file.message(
        (actual ? "Unexpected file extension `" + actual + "`" : "Unexpected missing file extension") + ", expected " + expectedDisplay
      );
    }
  }
);
var remark_lint_file_extension_default = remarkLintFileExtension;

// node_modules/remark-lint-final-definition/node_modules/unified-lint-rule/lib/index.js
function lintRule18(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce18(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce18(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-final-definition/index.js
var remarkLintFinalDefinition = lintRule18(
  {
    origin: "remark-lint:final-definition",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-final-definition#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const definitionStacks = [];
    let contentAncestors;
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type === "definition" || node.type === "footnoteDefinition") {
        definitionStacks.push([...parents, node]);
        return SKIP;
      }
      if (node.type === "root" || // Ignore HTML comments.
      node.type === "html" && /^[\t ]*<!--/.test(node.value) || // Ignore MDX comments.
      node.type === "mdxFlowExpression" && /^\s*\/\*/.test(node.value)) {
        return;
      }
      contentAncestors = [...parents, node];
    });
    const content = contentAncestors ? contentAncestors.at(-1) : void 0;
    const contentEnd = pointEnd(content);
    if (contentEnd) {
      ok(content);
      ok(contentAncestors);
      for (const definitionAncestors of definitionStacks) {
        const definition = definitionAncestors.at(-1);
        ok(definition);
        const definitionStart = pointStart(definition);
        if (definitionStart && definitionStart.line < contentEnd.line) {
          file.message(
            "Unexpected " + (definition.type === "footnoteDefinition" ? "footnote " : "") + "definition before last content, expected definitions after line `" + contentEnd.line + "`",
            {
              ancestors: definitionAncestors,
              cause: new VFileMessage("Last content defined here", {
                ancestors: contentAncestors,
                place: content.position,
                ruleId: "final-definition",
                source: "remark-lint"
              }),
              place: definition.position
            }
          );
        }
      }
    }
  }
);
var remark_lint_final_definition_default = remarkLintFinalDefinition;

// node_modules/remark-lint-hard-break-spaces/node_modules/unified-lint-rule/lib/index.js
function lintRule19(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce19(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce19(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-hard-break-spaces/index.js
var remarkLintHardBreakSpaces = lintRule19(
  {
    origin: "remark-lint:hard-break-spaces",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-hard-break-spaces#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options]
   *   Configuration.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let allowSpaces = true;
    if (options === null || options === void 0) {
    } else if (typeof options === "object") {
      if (typeof options.allowSpaces === "boolean") {
        allowSpaces = options.allowSpaces;
      } else if (options.allowSpaces !== null && options.allowSpaces !== void 0) {
        file.fail(
          "Unexpected value `" + options.allowSpaces + "` for `options.allowSpaces`, expected `boolean`"
        );
      }
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected object"
      );
    }
    visit(tree, "break", function(node) {
      const end = pointEnd(node);
      const start = pointStart(node);
      if (end && start && typeof end.offset === "number" && typeof start.offset === "number") {
        const slice = value.slice(start.offset, end.offset);
        let actual = 0;
        while (slice.charCodeAt(actual) === 32) actual++;
        if (allowSpaces ? actual > 2 : actual) {
          file.message(
            "Unexpected `" + actual + "` spaces for hard break, expected " + (allowSpaces ? "`2` spaces" : "escape"),
            node
          );
        }
      }
    });
  }
);
var remark_lint_hard_break_spaces_default = remarkLintHardBreakSpaces;

// node_modules/remark-lint-heading-increment/node_modules/unified-lint-rule/lib/index.js
function lintRule20(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce20(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce20(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-heading-increment/index.js
var htmlRe = /<h([1-6])/;
var jsxNameRe = /^h([1-6])$/;
var remarkLintHeadingIncrement = lintRule20(
  {
    origin: "remark-lint:heading-increment",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-heading-increment#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const stack = [];
    visitParents(tree, function(node, parents) {
      const rank = inferRank(node);
      if (rank) {
        let index = rank;
        let closestAncestors;
        while (index--) {
          if (stack[index]) {
            closestAncestors = stack[index];
            break;
          }
        }
        if (closestAncestors) {
          const parent = closestAncestors.at(-1);
          ok(parent);
          const parentRank = inferRank(parent);
          ok(parentRank);
          if (node.position && rank > parentRank + 1) {
            file.message(
              "Unexpected heading rank `" + rank + "`, exected rank `" + (parentRank + 1) + "`",
              {
                ancestors: [...parents, node],
                cause: new VFileMessage("Parent heading defined here", {
                  ancestors: closestAncestors,
                  place: parent.position,
                  source: "remark-lint",
                  ruleId: "heading-increment"
                }),
                place: node.position
              }
            );
          }
        }
        stack[rank] = [...parents, node];
        stack.length = rank + 1;
      }
    });
  }
);
var remark_lint_heading_increment_default = remarkLintHeadingIncrement;
function inferRank(node) {
  let rank;
  if (node.type === "heading") {
    rank = node.depth;
  } else if (node.type === "html") {
    const results = node.value.match(htmlRe);
    rank = results ? (
      /** @type {Heading['depth']} */
      Number(results[1])
    ) : void 0;
  } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
    const results = node.name.match(jsxNameRe);
    rank = results ? (
      /** @type {Heading['depth']} */
      Number(results[1])
    ) : void 0;
  }
  return rank;
}

// node_modules/remark-lint-list-item-indent/index.js
var import_pluralize5 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-list-item-indent/node_modules/unified-lint-rule/lib/index.js
function lintRule21(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce21(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce21(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-list-item-indent/index.js
var remarkLintListItemIndent = lintRule21(
  {
    origin: "remark-lint:list-item-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='one']
   *   Configuration (default: `'one'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    if (options === null || options === void 0) {
      expected = "one";
    } else if (options === "space") {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'one'`"
      );
    } else if (options === "tab-size") {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'tab'`"
      );
    } else if (options === "mixed" || options === "one" || options === "tab") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'mixed'`, `'one'`, or `'tab'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "list") return;
      let loose = node.spread;
      if (!loose) {
        for (const child of node.children) {
          if (child.spread) {
            loose = true;
            break;
          }
        }
      }
      for (const child of node.children) {
        const head = child.children[0];
        const itemStart = pointStart(child);
        const headStart = pointStart(head);
        if (itemStart && headStart && typeof itemStart.offset === "number" && typeof headStart.offset === "number") {
          let slice = value.slice(itemStart.offset, headStart.offset);
          const checkboxIndex = slice.indexOf("[");
          if (checkboxIndex !== -1) slice = slice.slice(0, checkboxIndex);
          const actualIndent = slice.length;
          let end = actualIndent;
          let previous = slice.charCodeAt(end - 1);
          while (previous === 9 || previous === 32) {
            end--;
            previous = slice.charCodeAt(end - 1);
          }
          let expectedIndent = end + 1;
          if (expected === "tab" || expected === "mixed" && loose) {
            expectedIndent = Math.ceil(expectedIndent / 4) * 4;
          }
          const expectedSpaces = expectedIndent - end;
          const actualSpaces = actualIndent - end;
          if (actualSpaces !== expectedSpaces) {
            const difference = expectedSpaces - actualSpaces;
            const differenceAbsolute = Math.abs(difference);
            file.message(
              "Unexpected `" + actualSpaces + "` " + (0, import_pluralize5.default)("space", actualSpaces) + " between list item marker and content" + (expected === "mixed" ? " in " + (loose ? "loose" : "tight") + " list" : "") + ", expected `" + expectedSpaces + "` " + (0, import_pluralize5.default)("space", expectedSpaces) + ", " + (difference > 0 ? "add" : "remove") + " `" + differenceAbsolute + "` " + (0, import_pluralize5.default)("space", differenceAbsolute),
              { ancestors: [...parents, node, child], place: headStart }
            );
          }
        }
      }
    });
  }
);
var remark_lint_list_item_indent_default = remarkLintListItemIndent;

// node_modules/remark-lint-list-item-spacing/index.js
var import_pluralize6 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-list-item-spacing/node_modules/unified-lint-rule/lib/index.js
function lintRule22(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce22(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce22(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-list-item-spacing/index.js
var emptyOptions = {};
var remarkLintListItemSpacing = lintRule22(
  {
    origin: "remark-lint:list-item-spacing",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-spacing#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Readonly<Options> | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const settings = options || emptyOptions;
    const checkBlanks = settings.checkBlanks || false;
    visitParents(tree, function(list, parents) {
      if (phrasing(list)) {
        return SKIP;
      }
      if (list.type !== "list") return;
      let spacedCause;
      for (const item of list.children) {
        let spaced = false;
        if (checkBlanks) {
          spaced = item.spread;
        } else {
          const tail = item.children.at(-1);
          const end = pointEnd(tail);
          const start = pointStart(item);
          spaced = end && start && end.line - start.line > 0;
        }
        if (spaced) {
          spacedCause = new VFileMessage(
            "Spaced list item first defined here",
            {
              ancestors: [...parents, list, item],
              place: item.position,
              ruleId: "list-item-spacing",
              source: "remark-lint"
            }
          );
          break;
        }
      }
      const expected = spacedCause ? 1 : 0;
      let previous;
      for (const item of list.children) {
        const previousEnd = pointEnd(previous);
        const itemStart = pointStart(item);
        if (previousEnd && itemStart) {
          const actual = itemStart.line - previousEnd.line - 1;
          if (actual !== expected) {
            const difference = expected - actual;
            const differenceAbsolute = Math.abs(difference);
            file.message(
              "Unexpected `" + actual + "` blank " + (0, import_pluralize6.default)("line", actual) + " between list items, expected `" + expected + "` blank " + (0, import_pluralize6.default)("line", expected) + ", " + (difference > 0 ? "add" : "remove") + " `" + differenceAbsolute + "` blank " + (0, import_pluralize6.default)("line", differenceAbsolute),
              {
                ancestors: [...parents, list, item],
                cause: spacedCause,
                place: { start: previousEnd, end: itemStart }
              }
            );
          }
        }
        previous = item;
      }
    });
  }
);
var remark_lint_list_item_spacing_default = remarkLintListItemSpacing;

// node_modules/remark-lint-maximum-heading-length/node_modules/unified-lint-rule/lib/index.js
function lintRule23(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce23(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce23(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-maximum-heading-length/index.js
var jsxNameRe2 = /^h([1-6])$/;
var remarkLintMaximumHeadingLength = lintRule23(
  {
    origin: "remark-lint:maximum-heading-length",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-maximum-heading-length#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | number | null | undefined} [options=60]
   *   Configuration (default: `60`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    let expected = 60;
    let size;
    let stringLength;
    if (options && typeof options === "object") {
      size = options.size;
      stringLength = options.stringLength;
    } else {
      size = options;
    }
    if (size === null || size === void 0) {
    } else if (typeof size === "number") {
      expected = size;
    } else {
      file.fail("Unexpected value `" + size + "` for `size`, expected `number`");
    }
    visitParents(tree, function(node, parents) {
      if (node.type === "heading" || (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && jsxNameRe2.test(node.name)) {
        const place = position(node);
        const value = toString(node, { includeHtml: false });
        const actual = stringLength ? stringLength(value) : Array.from(value).length;
        if (place && actual > expected) {
          file.message(
            "Unexpected `" + actual + "` characters in heading, expected at most `" + expected + "` characters",
            { ancestors: [...parents, node], place }
          );
        }
      }
    });
  }
);
var remark_lint_maximum_heading_length_default = remarkLintMaximumHeadingLength;

// node_modules/remark-lint-maximum-line-length/index.js
var import_pluralize7 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-maximum-line-length/node_modules/unified-lint-rule/lib/index.js
function lintRule24(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce24(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce24(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-maximum-line-length/index.js
var remarkLintMaximumLineLength = lintRule24(
  {
    origin: "remark-lint:maximum-line-length",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-maximum-line-length#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | number | null | undefined} [options=80]
   *   Configuration (default: `80`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    const lines = value.split(/\r?\n/);
    let expected = 80;
    let size;
    let stringLength;
    if (options && typeof options === "object") {
      size = options.size;
      stringLength = options.stringLength;
    } else {
      size = options;
    }
    if (size === null || size === void 0) {
    } else if (typeof size === "number") {
      expected = size;
    } else {
      file.fail("Unexpected value `" + size + "` for `size`, expected `number`");
    }
    visit(tree, function(node, index2, parent) {
      if (node.type === "code" || node.type === "definition" || node.type === "heading" || node.type === "html" || node.type === "math" || node.type === "mdxjsEsm" || node.type === "mdxFlowExpression" || node.type === "mdxTextExpression" || node.type === "table" || // @ts-expect-error: TOML from frontmatter.
      node.type === "toml" || node.type === "yaml") {
        const end = pointEnd(node);
        const start = pointStart(node);
        if (end && start) {
          let line = start.line - 1;
          while (line < end.line) {
            lines[line++] = "";
          }
        }
        return SKIP;
      }
      if (node.type === "image" || node.type === "inlineCode" || node.type === "link") {
        const end = pointEnd(node);
        const start = pointStart(node);
        if (end && start && parent && typeof index2 === "number") {
          if (start.column > expected) return;
          if (end.column < expected) return;
          const next = parent.children[index2 + 1];
          const nextStart = pointStart(next);
          if (next && nextStart && nextStart.line === start.line && // Either something with children:
          (!("value" in next) || // Or with whitespace:
          /^([^\r\n]*)[ \t]/.test(next.value))) {
            return;
          }
          let line = start.line - 1;
          while (line < end.line) {
            lines[line++] = "";
          }
        }
      }
    });
    let index = -1;
    while (++index < lines.length) {
      const line = lines[index];
      const actualBytes = line.length;
      const actualCharacters = stringLength ? stringLength(line) : Array.from(line).length;
      const difference = actualCharacters - expected;
      if (difference > 0) {
        file.message(
          "Unexpected `" + actualCharacters + "` character line, expected at most `" + expected + "` characters, remove `" + difference + "` " + (0, import_pluralize7.default)("character", difference),
          {
            line: index + 1,
            column: actualBytes + 1
          }
        );
      }
    }
  }
);
var remark_lint_maximum_line_length_default = remarkLintMaximumLineLength;

// node_modules/remark-lint-no-blockquote-without-marker/index.js
var import_pluralize8 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-no-blockquote-without-marker/node_modules/unified-lint-rule/lib/index.js
function lintRule25(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce25(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce25(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-blockquote-without-marker/index.js
var remarkLintNoBlockquoteWithoutMarker = lintRule25(
  {
    origin: "remark-lint:no-blockquote-without-marker",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-blockquote-without-marker#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    const loc = location(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "paragraph") return;
      let expected = 0;
      for (const parent of parents) {
        if (parent.type === "blockquote") {
          expected++;
        } else if (parent.type === "containerDirective" || parent.type === "footnoteDefinition" || parent.type === "list" || parent.type === "listItem" || parent.type === "root") {
        } else {
          return SKIP;
        }
      }
      if (!expected) return SKIP;
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!end || !start) return SKIP;
      let line = start.line;
      while (++line <= end.line) {
        const lineStart = loc.toOffset({ line, column: 1 });
        ok(lineStart !== void 0);
        let actual = 0;
        let index = lineStart;
        while (index < value.length) {
          const code = value.charCodeAt(index);
          if (code === 9 || code === 32) {
          } else if (code === 62) {
            actual++;
          } else {
            break;
          }
          index++;
        }
        const point2 = loc.toPoint(index);
        ok(point2);
        const difference = expected - actual;
        if (difference) {
          file.message(
            "Unexpected `" + actual + "` block quote " + (0, import_pluralize8.default)("marker", actual) + " before paragraph line, expected `" + expected + "` " + (0, import_pluralize8.default)("marker", expected) + ", add `" + difference + "` " + (0, import_pluralize8.default)("marker", difference),
            { ancestors: [...parents, node], place: point2 }
          );
        }
      }
    });
  }
);
var remark_lint_no_blockquote_without_marker_default = remarkLintNoBlockquoteWithoutMarker;

// node_modules/remark-lint-no-consecutive-blank-lines/index.js
var import_pluralize9 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-no-consecutive-blank-lines/node_modules/unified-lint-rule/lib/index.js
function lintRule26(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce26(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce26(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-consecutive-blank-lines/index.js
var remarkLintNoConsecutiveBlankLines = lintRule26(
  {
    origin: "remark-lint:no-consecutive-blank-lines",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-consecutive-blank-lines#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, function(node, parents) {
      const parent = parents.at(-1);
      if (!parent) return;
      if (phrasing(node)) {
        return SKIP;
      }
      const siblings = (
        /** @type {Array<Nodes>} */
        parent.children
      );
      const index = siblings.indexOf(node);
      if (index === 0 && // Container directives and JSX have arbitrary opening length.
      parent.type !== "containerDirective" && parent.type !== "mdxJsxFlowElement") {
        const parentStart = pointStart(parent);
        const start = pointStart(node);
        if (parentStart && start) {
          const difference = start.line - parentStart.line - (parent.type === "footnoteDefinition" ? 1 : 0);
          if (difference > 0) {
            file.message(
              "Unexpected `" + difference + "` blank " + (0, import_pluralize9.default)("line", difference) + " before node, expected `0` blank lines, remove `" + difference + "` blank " + (0, import_pluralize9.default)("line", difference),
              { ancestors: [...parents, node], place: start }
            );
          }
        }
      }
      const next = siblings[index + 1];
      const end = pointEnd(node);
      const nextStart = pointStart(next);
      if (end && nextStart) {
        const difference = nextStart.line - end.line - 2;
        if (difference > 0) {
          const actual = difference + 1;
          file.message(
            "Unexpected `" + actual + "` blank " + (0, import_pluralize9.default)("line", actual) + " before node, expected up to `1` blank line, remove `" + difference + "` blank " + (0, import_pluralize9.default)("line", difference),
            { ancestors: [...parents, next], place: nextStart }
          );
        }
      }
      const parentEnd = pointEnd(parent);
      if (!next && parentEnd && end && // Container directives and JSX have arbitrary closing length.
      parent.type !== "containerDirective" && parent.type !== "mdxJsxFlowElement") {
        const difference = parentEnd.line - end.line - (parent.type === "blockquote" ? 0 : 1);
        if (difference > 0) {
          file.message(
            "Unexpected `" + difference + "` blank " + (0, import_pluralize9.default)("line", difference) + " after node, expected `0` blank lines, remove `" + difference + "` blank " + (0, import_pluralize9.default)("line", difference),
            { ancestors: [...parents, node], place: end }
          );
        }
      }
    });
  }
);
var remark_lint_no_consecutive_blank_lines_default = remarkLintNoConsecutiveBlankLines;

// node_modules/remark-lint-no-duplicate-headings/node_modules/unified-lint-rule/lib/index.js
function lintRule27(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce27(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce27(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-duplicate-headings/index.js
var jsxNameRe3 = /^h([1-6])$/;
var remarkLintNoDuplicateHeadings = lintRule27(
  {
    origin: "remark-lint:no-duplicate-headings",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-headings#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const map = /* @__PURE__ */ new Map();
    visitParents(tree, function(node, parents) {
      if (node.type === "heading" || (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && jsxNameRe3.test(node.name)) {
        const ancestors = [...parents, node];
        const value = toString(node).toLowerCase();
        const duplicateAncestors = map.get(value);
        if (node.position && duplicateAncestors) {
          const duplicate = duplicateAncestors.at(-1);
          ok(duplicate);
          file.message(
            "Unexpected heading with equivalent text, expected unique headings",
            {
              ancestors,
              cause: new VFileMessage("Equivalent heading text defined here", {
                ancestors: duplicateAncestors,
                place: duplicate.position,
                source: "remark-lint",
                ruleId: "no-duplicate-headings"
              }),
              place: node.position
            }
          );
        }
        map.set(value, ancestors);
      }
    });
  }
);
var remark_lint_no_duplicate_headings_default = remarkLintNoDuplicateHeadings;

// node_modules/remark-lint-no-emphasis-as-heading/node_modules/unified-lint-rule/lib/index.js
function lintRule28(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce28(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce28(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-emphasis-as-heading/index.js
var remarkLintNoEmphasisAsHeading = lintRule28(
  {
    origin: "remark-lint:no-emphasis-as-heading",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-emphasis-as-heading#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "paragraph") return;
      const parent = parents.at(-1);
      if (!node.position || !parent) {
        return;
      }
      const siblings = (
        /** @type {Array<RootContent>} */
        parent.children
      );
      const next = parent.children[siblings.indexOf(node) + 1];
      if (!next || next.type !== "paragraph") {
        return;
      }
      const head = node.children[0];
      if (node.children.length !== 1 || head.type !== "emphasis" && head.type !== "strong") {
        return;
      }
      file.message(
        "Unexpected " + head.type + " introducing a section, expected a heading instead",
        { ancestors: [...parents, node, head], place: node.position }
      );
    });
  }
);
var remark_lint_no_emphasis_as_heading_default = remarkLintNoEmphasisAsHeading;

// node_modules/remark-lint-no-file-name-articles/node_modules/unified-lint-rule/lib/index.js
function lintRule29(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce29(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce29(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-file-name-articles/index.js
var remarkLintNoFileNameArticles = lintRule29(
  {
    origin: "remark-lint:no-file-name-articles",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-file-name-articles#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    const match = file.stem && file.stem.match(/^(?:the|teh|an?)\b/i);
    if (match) {
      file.message(
        "Unexpected file name starting with `" + match[0] + "`, remove it"
      );
    }
  }
);
var remark_lint_no_file_name_articles_default = remarkLintNoFileNameArticles;

// node_modules/remark-lint-no-file-name-consecutive-dashes/node_modules/unified-lint-rule/lib/index.js
function lintRule30(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce30(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce30(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-file-name-consecutive-dashes/index.js
var remarkLintNoFileNameConsecutiveDashes = lintRule30(
  {
    origin: "remark-lint:no-file-name-consecutive-dashes",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-file-name-consecutive-dashes#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    if (file.stem && /-{2,}/.test(file.stem)) {
      file.message("Unexpected consecutive dashes in a file name, expected `-`");
    }
  }
);
var remark_lint_no_file_name_consecutive_dashes_default = remarkLintNoFileNameConsecutiveDashes;

// node_modules/remark-lint-no-file-name-irregular-characters/node_modules/unified-lint-rule/lib/index.js
function lintRule31(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce31(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce31(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-file-name-irregular-characters/index.js
var defaultExpression = /[^-.\dA-Za-z]/;
var remarkLintNoFileNameIrregularCharacters = lintRule31(
  {
    origin: "remark-lint:no-file-name-irregular-characters",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-file-name-irregular-characters#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @param {RegExp | string | null | undefined} [options]
   *   Configuration (default: `/[^-.\dA-Za-z]/`),
   *   when string wrapped in `new RegExp('[^' + x + ']', 'u')` so make sure to
   *   double escape regexp characters
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file, options) {
    let expected = defaultExpression;
    if (options === null || options === void 0) {
    } else if (typeof options === "string") {
      expected = new RegExp("[^" + options + "]", "u");
    } else if (typeof options === "object" && "source" in options) {
      expected = new RegExp(options.source, options.flags ?? "u");
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `RegExp` or `string`"
      );
    }
    const match = file.stem && file.stem.match(expected);
    if (match) {
      file.message("Unexpected character `" + match[0] + "` in file name");
    }
  }
);
var remark_lint_no_file_name_irregular_characters_default = remarkLintNoFileNameIrregularCharacters;

// node_modules/remark-lint-no-file-name-mixed-case/node_modules/unified-lint-rule/lib/index.js
function lintRule32(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce32(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce32(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-file-name-mixed-case/index.js
var remarkLintNofileNameMixedCase = lintRule32(
  {
    origin: "remark-lint:no-file-name-mixed-case",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-file-name-mixed-case#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    const name = file.stem;
    if (name && !(name === name.toLowerCase() || name === name.toUpperCase())) {
      file.message(
        "Unexpected mixed case in file name, expected either lowercase or uppercase"
      );
    }
  }
);
var remark_lint_no_file_name_mixed_case_default = remarkLintNofileNameMixedCase;

// node_modules/remark-lint-no-file-name-outer-dashes/node_modules/unified-lint-rule/lib/index.js
function lintRule33(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce33(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce33(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-file-name-outer-dashes/index.js
var remarkLintNofileNameOuterDashes = lintRule33(
  {
    origin: "remark-lint:no-file-name-outer-dashes",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-file-name-outer-dashes#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    if (file.stem && /^-|-$/.test(file.stem)) {
      file.message(
        "Unexpected initial or final dashes in file name, expected dashes to join words"
      );
    }
  }
);
var remark_lint_no_file_name_outer_dashes_default = remarkLintNofileNameOuterDashes;

// node_modules/remark-lint-no-heading-punctuation/node_modules/unified-lint-rule/lib/index.js
function lintRule34(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce34(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce34(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-heading-punctuation/index.js
var jsxNameRe4 = /^h([1-6])$/;
var defaultExpression2 = /[!,.:;?]/u;
var remarkLintNoHeadingPunctuation = lintRule34(
  {
    origin: "remark-lint:no-heading-punctuation",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-punctuation#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {RegExp | string | null | undefined} [options]
   *   Configuration (default: `/[!,.:;?]/u`),
   *   wrapped in `new RegExp('[' + x + ']', 'u')` so make sure to double escape
   *   regexp characters.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    let expected = defaultExpression2;
    if (options === null || options === void 0) {
    } else if (typeof options === "string") {
      expected = new RegExp("[" + options + "]", "u");
    } else if (typeof options === "object" && "source" in options) {
      expected = new RegExp(options.source, options.flags ?? "u");
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `RegExp` or `string`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (node.position && // Plain markdown.
      (node.type === "heading" || // MDX JSX.
      (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && jsxNameRe4.test(node.name))) {
        const tail = Array.from(toString(node)).at(-1);
        if (tail && expected.test(tail)) {
          file.message(
            "Unexpected character `" + tail + "` at end of heading, remove it",
            { ancestors: [...parents, node], place: node.position }
          );
        }
      }
    });
  }
);
var remark_lint_no_heading_punctuation_default = remarkLintNoHeadingPunctuation;

// node_modules/remark-lint-no-literal-urls/node_modules/unified-lint-rule/lib/index.js
function lintRule35(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce35(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce35(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-literal-urls/index.js
var defaultHttp = "http://";
var defaultMailto = "mailto:";
var remarkLintNoLiteralUrls = lintRule35(
  {
    origin: "remark-lint:no-literal-urls",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-literal-urls#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    visitParents(tree, "link", function(node, parents) {
      const start = pointStart(node);
      if (!start || typeof start.offset !== "number") return;
      const raw = toString(node);
      let protocol;
      let otherwiseFine = false;
      if (raw === node.url) {
        otherwiseFine = true;
      } else if (defaultHttp + raw === node.url) {
        protocol = defaultHttp;
      } else if (defaultMailto + raw === node.url) {
        protocol = defaultMailto;
      }
      if (
        // If the url is the same as the content…
        (protocol || otherwiseFine) && // …and it doesn’t start with a marker.
        !asciiPunctuation(value.charCodeAt(start.offset))
      ) {
        file.message(
          "Unexpected GFM autolink literal, expected regular autolink, add " + (protocol ? "`<" + protocol + "`" : "`<`") + " before and `>` after",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_literal_urls_default = remarkLintNoLiteralUrls;

// node_modules/remark-lint-no-multiple-toplevel-headings/node_modules/unified-lint-rule/lib/index.js
function lintRule36(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce36(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce36(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-multiple-toplevel-headings/index.js
var htmlRe2 = /<h([1-6])/;
var jsxNameRe5 = /^h([1-6])$/;
var remarkLintNoMultipleToplevelHeadings = lintRule36(
  {
    origin: "remark-lint:no-multiple-toplevel-headings",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-multiple-toplevel-headings#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options=1]
   *   Configuration (default: `1`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const option = options || 1;
    let duplicateAncestors;
    visitParents(tree, function(node, parents) {
      let rank;
      if (node.type === "heading") {
        rank = node.depth;
      } else if (node.type === "html") {
        const results = node.value.match(htmlRe2);
        rank = results ? (
          /** @type {Depth} */
          Number(results[1])
        ) : void 0;
      } else if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
        const results = node.name.match(jsxNameRe5);
        rank = results ? (
          /** @type {Depth} */
          Number(results[1])
        ) : void 0;
      }
      if (rank) {
        const ancestors = [...parents, node];
        if (node.position && rank === option) {
          if (duplicateAncestors) {
            const duplicate = duplicateAncestors.at(-1);
            ok(duplicate);
            file.message(
              "Unexpected duplicate toplevel heading, exected a single heading with rank `" + rank + "`",
              {
                ancestors,
                cause: new VFileMessage(
                  "Toplevel heading already defined here",
                  {
                    ancestors: duplicateAncestors,
                    place: duplicate.position,
                    source: "remark-lint",
                    ruleId: "no-multiple-toplevel-headings"
                  }
                ),
                place: node.position
              }
            );
          } else {
            duplicateAncestors = ancestors;
          }
        }
      }
    });
  }
);
var remark_lint_no_multiple_toplevel_headings_default = remarkLintNoMultipleToplevelHeadings;

// node_modules/collapse-white-space/index.js
var js = /\s+/g;
var html = /[\t\n\v\f\r ]+/g;
function collapseWhiteSpace(value, options) {
  if (!options) {
    options = {};
  } else if (typeof options === "string") {
    options = { style: options };
  }
  const replace = options.preserveLineEndings ? replaceLineEnding : replaceSpace;
  return String(value).replace(
    options.style === "html" ? html : js,
    options.trim ? trimFactory(replace) : replace
  );
}
function replaceLineEnding(value) {
  const match = /\r?\n|\r/.exec(value);
  return match ? match[0] : " ";
}
function replaceSpace() {
  return " ";
}
function trimFactory(replace) {
  return dropOrReplace;
  function dropOrReplace(value, index, all) {
    return index === 0 || index + value.length === all.length ? "" : replace(value);
  }
}

// node_modules/remark-lint-no-shell-dollars/node_modules/unified-lint-rule/lib/index.js
function lintRule37(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce37(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce37(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-shell-dollars/index.js
var flags = /* @__PURE__ */ new Set([
  // Extensions.
  "bash",
  "bats",
  "command",
  "csh",
  "ebuild",
  "eclass",
  "ksh",
  "sh",
  "sh.in",
  "tcsh",
  "tmux",
  "tool",
  "zsh",
  "zsh-theme",
  // Names (w/o extensions).
  "abuild",
  "alpine-abuild",
  "apkbuild",
  "gentoo-ebuild",
  "gentoo-eclass",
  "openrc",
  "openrc-runscript",
  "shell",
  "shell-script"
]);
var remarkLintNoShellDollars = lintRule37(
  {
    origin: "remark-lint:no-shell-dollars",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shell-dollars#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type === "code" && node.position && // Check known shell code.
      node.lang && flags.has(node.lang)) {
        const lines = node.value.split("\n");
        let index = -1;
        let some = false;
        while (++index < lines.length) {
          const line = collapseWhiteSpace(lines[index], {
            style: "html",
            trim: true
          });
          if (!line) continue;
          if (line.charCodeAt(0) !== 36) return;
          some = true;
        }
        if (!some) return;
        file.message(
          "Unexpected shell code with every line prefixed by `$`, expected different code for input and output",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_shell_dollars_default = remarkLintNoShellDollars;

// node_modules/remark-lint-no-shortcut-reference-image/node_modules/unified-lint-rule/lib/index.js
function lintRule38(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce38(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce38(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-shortcut-reference-image/index.js
var remarkLintNoShortcutReferenceImage = lintRule38(
  {
    origin: "remark-lint:no-shortcut-reference-image",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-image#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, "imageReference", function(node, parents) {
      if (node.position && node.referenceType === "shortcut") {
        file.message(
          "Unexpected shortcut reference image (`![text]`), expected collapsed reference (`![text][]`)",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_shortcut_reference_image_default = remarkLintNoShortcutReferenceImage;

// node_modules/remark-lint-no-shortcut-reference-link/node_modules/unified-lint-rule/lib/index.js
function lintRule39(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce39(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce39(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-shortcut-reference-link/index.js
var remarkLintNoShortcutReferenceLink = lintRule39(
  {
    origin: "remark-lint:no-shortcut-reference-link",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-shortcut-reference-link#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    visitParents(tree, "linkReference", function(node, parents) {
      if (node.position && node.referenceType === "shortcut") {
        file.message(
          "Unexpected shortcut reference link (`[text]`), expected collapsed reference (`[text][]`)",
          { ancestors: [...parents, node], place: node.position }
        );
      }
    });
  }
);
var remark_lint_no_shortcut_reference_link_default = remarkLintNoShortcutReferenceLink;

// node_modules/remark-lint-no-table-indentation/index.js
var import_pluralize10 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-no-table-indentation/node_modules/unified-lint-rule/lib/index.js
function lintRule40(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce40(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce40(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-table-indentation/index.js
var remarkLintNoTableIndentation = lintRule40(
  {
    origin: "remark-lint:no-table-indentation",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-table-indentation#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    const locations = location(value);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "table") return;
      const parent = parents.at(-1);
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!parent || !end || !start) return;
      const parentHead = parent.children[0];
      ok(parentHead);
      let line = start.line;
      let column;
      if (parent.type === "root") {
        column = 1;
      } else if (parent.type === "blockquote") {
        const parentStart = pointStart(parent);
        if (parentStart) {
          column = parentStart.column + 2;
        }
      } else if (parent.type === "listItem") {
        const headStart = pointStart(parentHead);
        if (headStart) {
          column = headStart.column;
          if (parentHead === node) {
            line++;
          }
        }
      }
      if (!column) return;
      while (line <= end.line) {
        let index = locations.toOffset({ line, column });
        if (typeof index !== "number") continue;
        const expected = index;
        let code = value.charCodeAt(index - 1);
        while (code === 9 || code === 32) {
          index--;
          code = value.charCodeAt(index - 1);
        }
        if (code === 10 || code === 13 || code === 62 || Number.isNaN(code)) {
          let actual = expected;
          code = value.charCodeAt(actual);
          while (code === 9 || code === 32) {
            code = value.charCodeAt(++actual);
          }
          const difference = actual - expected;
          if (difference !== 0) {
            file.message(
              "Unexpected `" + difference + "` extra " + (0, import_pluralize10.default)("space", difference) + " before table row, remove `" + difference + "` " + (0, import_pluralize10.default)("space", difference),
              {
                ancestors: [...parents, node],
                place: {
                  line,
                  column: column + difference,
                  offset: actual
                }
              }
            );
          }
        }
        line++;
      }
      return SKIP;
    });
  }
);
var remark_lint_no_table_indentation_default = remarkLintNoTableIndentation;

// node_modules/remark-lint-unordered-list-marker-style/node_modules/unified-lint-rule/lib/index.js
function lintRule41(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce41(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce41(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-unordered-list-marker-style/index.js
var remarkLintUnorderedListMarkerStyle = lintRule41(
  {
    origin: "remark-lint:unordered-list-marker-style",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-unordered-list-marker-style#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options='consistent']
   *   Configuration (default: `'consistent'`).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const value = String(file);
    let expected;
    let cause;
    if (options === null || options === void 0 || options === "consistent") {
    } else if (options === "*" || options === "+" || options === "-") {
      expected = options;
    } else {
      file.fail(
        "Unexpected value `" + options + "` for `options`, expected `'*'`, `'+'`, `'-'`, or `'consistent'`"
      );
    }
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "listItem") return;
      const parent = parents.at(-1);
      if (!parent || parent.type !== "list" || parent.ordered) return;
      const place = pointStart(node);
      if (!place || typeof place.offset !== "number") return;
      const code = value.charCodeAt(place.offset);
      const actual = code === 42 ? "*" : code === 43 ? "+" : code === 45 ? "-" : (
        /* c8 ignore next -- weird ASTs. */
        void 0
      );
      if (!actual) return;
      if (expected) {
        if (actual !== expected) {
          file.message(
            "Unexpected unordered list marker `" + actual + "`, expected `" + expected + "`",
            { ancestors: [...parents, node], cause, place }
          );
        }
      } else {
        expected = actual;
        cause = new VFileMessage(
          "Unordered list marker style `" + expected + "` first defined for `'consistent'` here",
          {
            ancestors: [...parents, node],
            place,
            ruleId: "unordered-list-marker-style",
            source: "remark-lint"
          }
        );
      }
    });
  }
);
var remark_lint_unordered_list_marker_style_default = remarkLintUnorderedListMarkerStyle;

// node_modules/remark-lint-table-pipe-alignment/index.js
var import_pluralize11 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-table-pipe-alignment/node_modules/unified-lint-rule/lib/index.js
function lintRule42(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce42(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce42(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-table-pipe-alignment/index.js
var remarkLintTablePipeAlignment = lintRule42(
  {
    origin: "remark-lint:table-pipe-alignment",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-pipe-alignment#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const stringLength = options ? options.stringLength : void 0;
    const value = String(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "table") return;
      const entries = inferTable([...parents, node]);
      const sizes = [];
      for (const info of entries) {
        if (info.size) {
          let total = info.size.middle;
          if (info.size.left) total += info.size.left;
          if (info.size.right) total += info.size.right;
          if (sizes[info.column] === void 0 || total > sizes[info.column]) {
            sizes[info.column] = total;
          }
        }
      }
      for (const info of entries) {
        if (!info.size) continue;
        let total = info.size.middle;
        if (info.size.left) total += info.size.left;
        if (info.size.right) total += info.size.right;
        const difference = sizes[info.column] - total;
        ok(difference >= 0);
        let left = 0;
        let right = 0;
        if (info.align === "center" && info.size.middle && difference > 0) {
          const max = Math.floor((sizes[info.column] - info.size.middle) / 2);
          if (info.size.right !== void 0 && max > info.size.right) {
            right = max - info.size.right;
          }
          left = difference - right;
        } else if (info.align === "right") {
          left = difference;
        } else {
          right = difference;
        }
        warn(info, left, info.size.leftPoint);
        if (info.size.right !== void 0) {
          warn(info, right, info.size.rightPoint);
        }
      }
      return SKIP;
    });
    function warn(info, add, place) {
      if (add === 0) return;
      file.message(
        "Unexpected unaligned cell, expected aligned pipes, add `" + add + "` " + (0, import_pluralize11.default)("space", add) + (info.row === void 0 ? " (or add `-` to pad alignment row cells)" : ""),
        { ancestors: info.ancestors, place }
      );
    }
    function inferTable(ancestors) {
      const node = ancestors.at(-1);
      ok(node);
      ok(node.type === "table");
      const align = node.align || [];
      const result = [];
      let rowIndex = -1;
      while (++rowIndex < node.children.length) {
        const row = node.children[rowIndex];
        let column = -1;
        while (++column < row.children.length) {
          const node2 = row.children[column];
          result.push({
            align: align[column],
            ancestors: [...ancestors, row, node2],
            column,
            row: rowIndex,
            size: inferSize(
              pointStart(node2),
              pointEnd(node2),
              column === row.children.length - 1
            )
          });
        }
        if (rowIndex === 0) {
          const alignRow = inferAlignRow(ancestors, align);
          if (alignRow) result.push(...alignRow);
        }
      }
      return result;
    }
    function inferAlignRow(ancestors, align) {
      const node = ancestors.at(-1);
      ok(node);
      ok(node.type === "table");
      const headEnd = pointEnd(node.children[0]);
      if (!headEnd || typeof headEnd.offset !== "number") return;
      let index = headEnd.offset;
      if (value.charCodeAt(index) === 13) index++;
      if (value.charCodeAt(index) !== 10) return;
      index++;
      const result = [];
      const line = headEnd.line + 1;
      let code = value.charCodeAt(index);
      while (code === 9 || code === 32 || code === 62) {
        index++;
        code = value.charCodeAt(index);
      }
      if (code !== 45 && code !== 58 && code !== 124) {
        return;
      }
      let lineEndOffset = value.indexOf("\n", index);
      if (lineEndOffset === -1) lineEndOffset = value.length;
      if (value.charCodeAt(lineEndOffset - 1) === 13) lineEndOffset--;
      let column = 0;
      let cellStart = index;
      let cellEnd = value.indexOf("|", index + (code === 124 ? 1 : 0));
      if (cellEnd === -1 || cellEnd > lineEndOffset) {
        cellEnd = lineEndOffset;
      }
      while (cellStart !== cellEnd) {
        let nextCellEnd = value.indexOf("|", cellEnd + 1);
        if (nextCellEnd === -1 || nextCellEnd > lineEndOffset) {
          nextCellEnd = lineEndOffset;
        }
        if (nextCellEnd === lineEndOffset) {
          let maybeEnd = lineEndOffset;
          let code2 = value.charCodeAt(maybeEnd - 1);
          while (code2 === 9 || code2 === 32) {
            maybeEnd--;
            code2 = value.charCodeAt(maybeEnd - 1);
          }
          if (cellEnd + 1 === maybeEnd) {
            cellEnd = lineEndOffset;
          }
        }
        result.push({
          align: align[column],
          ancestors,
          column,
          row: void 0,
          size: inferSize(
            {
              line,
              column: cellStart - index + 1,
              offset: cellStart
            },
            { line, column: cellEnd - index + 1, offset: cellEnd },
            cellEnd === lineEndOffset
          )
        });
        cellStart = cellEnd;
        cellEnd = nextCellEnd;
        column++;
      }
      return result;
    }
    function inferSize(start, end, tailCell) {
      if (end && start && typeof end.offset === "number" && typeof start.offset === "number") {
        let leftIndex = start.offset;
        let left;
        let right;
        if (value.charCodeAt(leftIndex) === 124) {
          left = 0;
          leftIndex++;
          while (value.charCodeAt(leftIndex) === 32) {
            left++;
            leftIndex++;
          }
        }
        let rightIndex = end.offset;
        if (tailCell) {
          while (value.charCodeAt(rightIndex - 1) === 32) {
            rightIndex--;
          }
          if (rightIndex > leftIndex && value.charCodeAt(rightIndex - 1) === 124) {
            rightIndex--;
          } else {
            rightIndex = end.offset;
          }
        }
        const rightEdgeIndex = rightIndex;
        if (value.charCodeAt(rightIndex) === 124) {
          right = 0;
          while (rightIndex - 1 > leftIndex && value.charCodeAt(rightIndex - 1) === 32) {
            right++;
            rightIndex--;
          }
        }
        const middle = stringLength ? stringLength(value.slice(leftIndex, rightIndex)) : rightIndex - leftIndex;
        return {
          left,
          leftPoint: {
            line: start.line,
            column: start.column + (leftIndex - start.offset),
            offset: leftIndex
          },
          middle,
          right,
          rightPoint: {
            line: end.line,
            column: end.column - (end.offset - rightEdgeIndex),
            offset: rightEdgeIndex
          }
        };
      }
    }
  }
);
var remark_lint_table_pipe_alignment_default = remarkLintTablePipeAlignment;

// node_modules/remark-lint-table-pipes/node_modules/unified-lint-rule/lib/index.js
function lintRule43(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce43(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce43(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-table-pipes/index.js
var remarkLintTablePipes = lintRule43(
  {
    origin: "remark-lint:table-pipes",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-table-pipes#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "table") return;
      let index = -1;
      while (++index < node.children.length) {
        const row = node.children[index];
        const start = pointStart(row);
        const end = pointEnd(row);
        if (start && typeof start.offset === "number") {
          checkStart(start.offset, start, [...parents, node, row]);
        }
        if (end && typeof end.offset === "number") {
          checkEnd(end.offset, end, [...parents, node, row]);
          if (index === 0) {
            let index2 = end.offset;
            if (value.charCodeAt(index2) === 13) index2++;
            if (value.charCodeAt(index2) !== 10) continue;
            index2++;
            const lineStart = index2;
            let code = value.charCodeAt(index2);
            while (code === 9 || code === 32 || code === 62) {
              index2++;
              code = value.charCodeAt(index2);
            }
            checkStart(
              index2,
              {
                line: end.line + 1,
                column: index2 - lineStart + 1,
                offset: index2
              },
              [...parents, node]
            );
            index2 = value.indexOf("\n", index2);
            if (index2 === -1) index2 = value.length;
            if (value.charCodeAt(index2 - 1) === 13) index2--;
            checkEnd(
              index2,
              {
                line: end.line + 1,
                column: index2 - lineStart + 1,
                offset: index2
              },
              [...parents, node]
            );
          }
        }
      }
      return SKIP;
    });
    function checkStart(index, place, ancestors) {
      let code = value.charCodeAt(index);
      while (code === 9 || code === 32) {
        code = value.charCodeAt(++index);
      }
      if (code !== 124) {
        file.message("Unexpected missing closing pipe in row, expected `|`", {
          ancestors,
          place
        });
      }
    }
    function checkEnd(index, place, ancestors) {
      let code = value.charCodeAt(index - 1);
      while (code === 9 || code === 32) {
        index--;
        code = value.charCodeAt(index - 1);
      }
      if (code !== 124) {
        file.message("Unexpected missing opening pipe in row, expected `|`", {
          ancestors,
          place
        });
      }
    }
  }
);
var remark_lint_table_pipes_default = remarkLintTablePipes;

// node_modules/remark-preset-lint-markdown-style-guide/index.js
var remarkPresetLintMarkdownStyleGuide = {
  plugins: [
    remarkLint,
    // https://cirosantilli.com/markdown-style-guide/#file-extension
    [remark_lint_file_extension_default, "md"],
    // https://cirosantilli.com/markdown-style-guide/#file-name
    remark_lint_no_file_name_mixed_case_default,
    remark_lint_no_file_name_articles_default,
    remark_lint_no_file_name_irregular_characters_default,
    remark_lint_no_file_name_consecutive_dashes_default,
    remark_lint_no_file_name_outer_dashes_default,
    // https://cirosantilli.com/markdown-style-guide/#newlines
    // https://cirosantilli.com/markdown-style-guide/#empty-lines-around-lists
    // https://cirosantilli.com/markdown-style-guide/#tables
    remark_lint_no_consecutive_blank_lines_default,
    // https://cirosantilli.com/markdown-style-guide/#spaces-after-sentences.
    // Not enforced, cannot be done properly without false positives, if you
    // want this, use remark-retext and retext-sentence-spacing.
    // https://cirosantilli.com/markdown-style-guide/#line-wrapping
    [remark_lint_maximum_line_length_default, 80],
    // https://cirosantilli.com/markdown-style-guide/#dollar-signs-in-shell-code
    remark_lint_no_shell_dollars_default,
    // https://cirosantilli.com/markdown-style-guide/#what-to-mark-as-code.
    // This is a tip, not a rule.
    // https://cirosantilli.com/markdown-style-guide/#spelling-and-grammar.
    // Spelling is not in the scope of remark-lint.  If you want this,
    // use remark-retext and retext-spell.
    // https://cirosantilli.com/markdown-style-guide/#line-breaks
    remark_lint_hard_break_spaces_default,
    // https://cirosantilli.com/markdown-style-guide/#headers
    [remark_lint_heading_style_default, "atx"],
    remark_lint_heading_increment_default,
    remark_lint_no_duplicate_headings_default,
    // https://cirosantilli.com/markdown-style-guide/#top-level-header
    remark_lint_no_multiple_toplevel_headings_default,
    // https://cirosantilli.com/markdown-style-guide/#header-case.
    // Heading case isn’t tested yet: new rules to fix this are ok though!
    // https://cirosantilli.com/markdown-style-guide/#end-of-a-header.
    // Cannot be checked?
    // https://cirosantilli.com/markdown-style-guide/#header-length
    remark_lint_maximum_heading_length_default,
    // https://cirosantilli.com/markdown-style-guide/#punctuation-at-the-end-of-headers
    [remark_lint_no_heading_punctuation_default, ":."],
    // https://cirosantilli.com/markdown-style-guide/#header-synonyms.
    // Cannot be checked?
    // https://cirosantilli.com/markdown-style-guide/#blockquotes
    [remark_lint_blockquote_indentation_default, 2],
    remark_lint_no_blockquote_without_marker_default,
    // https://cirosantilli.com/markdown-style-guide/#unordered
    [remark_lint_unordered_list_marker_style_default, "-"],
    // https://cirosantilli.com/markdown-style-guide/#ordered
    [remark_lint_ordered_list_marker_style_default, "."],
    [remark_lint_ordered_list_marker_value_default, "one"],
    // https://cirosantilli.com/markdown-style-guide/#spaces-after-list-marker
    [remark_lint_list_item_indent_default, "mixed"],
    // https://cirosantilli.com/markdown-style-guide/#indentation-of-content-inside-lists
    remark_lint_list_item_content_indent_default,
    // https://cirosantilli.com/markdown-style-guide/#empty-lines-inside-lists
    remark_lint_list_item_spacing_default,
    // https://cirosantilli.com/markdown-style-guide/#case-of-first-letter-of-list-item
    // Not checked.
    // https://cirosantilli.com/markdown-style-guide/#punctuation-at-the-end-of-list-items.
    // Not checked.
    // https://cirosantilli.com/markdown-style-guide/#definition-lists.
    // Not checked.
    // https://cirosantilli.com/markdown-style-guide/#code-blocks
    [remark_lint_code_block_style_default, "fenced"],
    [remark_lint_fenced_code_flag_default, { allowEmpty: false }],
    [remark_lint_fenced_code_marker_default, "`"],
    // https://cirosantilli.com/markdown-style-guide/#horizontal-rules
    [remark_lint_rule_style_default, "---"],
    // https://cirosantilli.com/markdown-style-guide/#tables
    remark_lint_no_table_indentation_default,
    remark_lint_table_pipes_default,
    remark_lint_table_pipe_alignment_default,
    [remark_lint_table_cell_padding_default, "padded"],
    // https://cirosantilli.com/markdown-style-guide/#separate-consecutive-elements.
    // Not checked.
    // https://cirosantilli.com/markdown-style-guide/#reference-style-links
    remark_lint_no_shortcut_reference_image_default,
    remark_lint_no_shortcut_reference_link_default,
    remark_lint_final_definition_default,
    remark_lint_definition_case_default,
    remark_lint_definition_spacing_default,
    // https://cirosantilli.com/markdown-style-guide/#single-or-double-quote-titles
    [remark_lint_link_title_style_default, '"'],
    // https://cirosantilli.com/markdown-style-guide/#bold
    [remark_lint_strong_marker_default, "*"],
    // https://cirosantilli.com/markdown-style-guide/#italic
    [remark_lint_emphasis_marker_default, "*"],
    // https://cirosantilli.com/markdown-style-guide/#uppercase-for-emphasis.
    // Not checked.
    // https://cirosantilli.com/markdown-style-guide/#emphasis-vs-headers
    remark_lint_no_emphasis_as_heading_default,
    // https://cirosantilli.com/markdown-style-guide/#automatic-links-without-angle-brackets
    remark_lint_no_literal_urls_default
    // https://cirosantilli.com/markdown-style-guide/#email-automatic-links.
    // Not checked.
  ]
};
var remark_preset_lint_markdown_style_guide_default = remarkPresetLintMarkdownStyleGuide;

// node_modules/remark-lint-final-newline/node_modules/unified-lint-rule/lib/index.js
function lintRule44(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce44(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce44(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-final-newline/index.js
var remarkLintFinalNewline = lintRule44(
  {
    origin: "remark-lint:final-newline",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-final-newline#readme"
  },
  /**
   * @param {Root} _
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(_, file) {
    const value = String(file);
    const end = location(file).toPoint(value.length);
    const last = value.length - 1;
    ok(end);
    if (
      // Empty is fine.
      last !== -1 && value.charAt(last) !== "\n"
    ) {
      file.message(
        "Unexpected missing final newline character, expected line feed (`\\n`) at end of file",
        end
      );
    }
  }
);
var remark_lint_final_newline_default = remarkLintFinalNewline;

// node_modules/remark-lint-list-item-bullet-indent/index.js
var import_pluralize12 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-list-item-bullet-indent/node_modules/unified-lint-rule/lib/index.js
function lintRule45(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce45(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce45(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-list-item-bullet-indent/index.js
var remarkLintListItemBulletIndent = lintRule45(
  {
    origin: "remark-lint:list-item-bullet-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-list-item-bullet-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const treeStart = pointStart(tree);
    if (!tree || tree.type !== "root" || !treeStart) return;
    for (const child of tree.children) {
      if (child.type !== "list") continue;
      const list = child;
      for (const item of list.children) {
        const place = pointStart(item);
        if (!place) continue;
        const actual = place.column - treeStart.column;
        if (actual) {
          file.message(
            "Unexpected `" + actual + "` " + (0, import_pluralize12.default)("space", actual) + " before list item, expected `0` spaces, remove them",
            { ancestors: [tree, list, item], place }
          );
        }
      }
    }
  }
);
var remark_lint_list_item_bullet_indent_default = remarkLintListItemBulletIndent;

// node_modules/remark-lint-no-duplicate-definitions/node_modules/unified-lint-rule/lib/index.js
function lintRule46(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce46(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce46(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-duplicate-definitions/index.js
var empty = [];
var remarkLintNoDuplicateDefinitions = lintRule46(
  {
    origin: "remark-lint:no-duplicate-definitions",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-duplicate-definitions#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const definitions = /* @__PURE__ */ new Map();
    const footnoteDefinitions = /* @__PURE__ */ new Map();
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      const [map, identifier] = node.type === "definition" ? [definitions, node.identifier] : node.type === "footnoteDefinition" ? [footnoteDefinitions, node.identifier] : empty;
      if (map && identifier && node.position) {
        const ancestors = [...parents, node];
        const duplicateAncestors = map.get(identifier);
        if (duplicateAncestors) {
          const duplicate = duplicateAncestors.at(-1);
          ok(duplicate);
          file.message(
            "Unexpected " + (node.type === "footnoteDefinition" ? "footnote " : "") + "definition with an already defined identifier (`" + identifier + "`), expected unique identifiers",
            {
              ancestors,
              cause: new VFileMessage("Identifier already defined here", {
                ancestors: duplicateAncestors,
                place: duplicate.position,
                source: "remark-lint",
                ruleId: "no-duplicate-definitions"
              }),
              place: node.position
            }
          );
        }
        map.set(identifier, ancestors);
      }
    });
  }
);
var remark_lint_no_duplicate_definitions_default = remarkLintNoDuplicateDefinitions;

// node_modules/remark-lint-no-heading-content-indent/index.js
var import_pluralize13 = __toESM(require_pluralize(), 1);

// node_modules/remark-lint-no-heading-content-indent/node_modules/unified-lint-rule/lib/index.js
function lintRule47(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce47(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce47(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-heading-content-indent/index.js
var remarkLintNoHeadingContentIndent = lintRule47(
  {
    origin: "remark-lint:no-heading-content-indent",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-heading-content-indent#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const value = String(file);
    visitParents(tree, function(node, parents) {
      if (phrasing(node)) {
        return SKIP;
      }
      if (node.type !== "heading") return;
      const start = pointStart(node);
      const end = pointEnd(node);
      if (!end || !start || typeof end.offset !== "number" || typeof start.offset !== "number") {
        return;
      }
      let index = start.offset;
      let code = value.charCodeAt(index);
      let found = false;
      while (value.charCodeAt(index) === 35) {
        index++;
        found = true;
        continue;
      }
      const from = index;
      code = value.charCodeAt(index);
      while (code === 9 || code === 32) {
        code = value.charCodeAt(++index);
        continue;
      }
      const size = index - from;
      if (found && size > 1) {
        file.message(
          "Unexpected `" + size + "` " + (0, import_pluralize13.default)("space", size) + " between hashes and content, expected `1` space, remove `" + (size - 1) + "` " + (0, import_pluralize13.default)("space", size - 1),
          {
            ancestors: [...parents, node],
            place: {
              line: start.line,
              column: start.column + (index - start.offset),
              offset: start.offset + (index - start.offset)
            }
          }
        );
      }
      const contentStart = index;
      index = end.offset;
      code = value.charCodeAt(index - 1);
      while (code === 9 || code === 32) {
        index--;
        code = value.charCodeAt(index - 1);
        continue;
      }
      let endFound = false;
      while (value.charCodeAt(index - 1) === 35) {
        index--;
        endFound = true;
        continue;
      }
      const endFrom = index;
      code = value.charCodeAt(index - 1);
      while (code === 9 || code === 32) {
        index--;
        code = value.charCodeAt(index - 1);
        continue;
      }
      const endSize = endFrom - index;
      if (endFound && index > contentStart && endSize > 1) {
        file.message(
          "Unexpected `" + endSize + "` " + (0, import_pluralize13.default)("space", endSize) + " between content and hashes, expected `1` space, remove `" + (endSize - 1) + "` " + (0, import_pluralize13.default)("space", endSize - 1),
          {
            ancestors: [...parents, node],
            place: {
              line: end.line,
              column: end.column - (end.offset - endFrom),
              offset: end.offset - (end.offset - endFrom)
            }
          }
        );
      }
    });
  }
);
var remark_lint_no_heading_content_indent_default = remarkLintNoHeadingContentIndent;

// node_modules/remark-lint-no-undefined-references/node_modules/unified-lint-rule/lib/index.js
function lintRule48(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce48(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce48(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-undefined-references/index.js
var emptyOptions2 = {};
var emptyAllow = [];
var lineEndingExpression = /(\r?\n|\r)[\t ]*(>[\t ]*)*/g;
var remarkLintNoUndefinedReferences = lintRule48(
  {
    origin: "remark-lint:no-undefined-references",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-undefined-references#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @param {Readonly<Options> | null | undefined} [options]
   *   Configuration (optional).
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file, options) {
    const settings = options || emptyOptions2;
    const allow = settings.allow || emptyAllow;
    const allowShortcutLink = settings.allowShortcutLink || false;
    const value = String(file);
    const toPoint = location(file).toPoint;
    const definitionIdentifiers = /* @__PURE__ */ new Set();
    const footnoteDefinitionIdentifiers = /* @__PURE__ */ new Set();
    const regexes = [];
    const strings = /* @__PURE__ */ new Set();
    const phrasingStacks = [];
    let index = -1;
    while (++index < allow.length) {
      const value2 = allow[index];
      if (typeof value2 === "string") {
        strings.add(normalizeIdentifier(value2));
      } else if (typeof value2 === "object" && "source" in value2) {
        regexes.push(new RegExp(value2.source, value2.flags ?? "i"));
      }
    }
    visitParents(tree, function(node, parents) {
      if (node.type === "definition") {
        definitionIdentifiers.add(normalizeIdentifier(node.identifier));
      }
      if (node.type === "footnoteDefinition") {
        footnoteDefinitionIdentifiers.add(normalizeIdentifier(node.identifier));
      }
      if (node.type === "heading" || node.type === "paragraph" || node.type === "tableCell") {
        phrasingStacks.push([...parents, node]);
      }
    });
    for (const ancestors of phrasingStacks) {
      findInPhrasingContainer(ancestors);
    }
    function findInPhrasingContainer(ancestors) {
      const bracketRanges = [];
      const node = ancestors.at(-1);
      ok(node);
      ok("children" in node);
      for (const child of node.children) {
        if (child.type === "text") {
          findRangesInText(bracketRanges, [...ancestors, child]);
        } else if ("children" in child) {
          findInPhrasingContainer([...ancestors, child]);
        }
      }
      for (const range of bracketRanges) {
        handleRange(range);
      }
    }
    function findRangesInText(ranges, ancestors) {
      const node = ancestors.at(-1);
      ok(node);
      const end = pointEnd(node);
      const start = pointStart(node);
      if (!end || !start || typeof start.offset !== "number" || typeof end.offset !== "number") {
        return;
      }
      const source = value.slice(start.offset, end.offset);
      const lines = [[start.offset, ""]];
      let last = 0;
      lineEndingExpression.lastIndex = 0;
      let match = lineEndingExpression.exec(source);
      while (match) {
        const index2 = match.index;
        const lineTuple2 = lines.at(-1);
        ok(lineTuple2);
        lineTuple2[1] = source.slice(last, index2);
        last = index2 + match[0].length;
        lines.push([start.offset + last, ""]);
        match = lineEndingExpression.exec(source);
      }
      const lineTuple = lines.at(-1);
      ok(lineTuple);
      lineTuple[1] = source.slice(last);
      for (const lineTuple2 of lines) {
        const [lineStart, line] = lineTuple2;
        let index2 = 0;
        while (index2 < line.length) {
          const code = line.charCodeAt(index2);
          if (code === 91) {
            ranges.push([ancestors, [lineStart + index2]]);
            index2++;
          } else if (code === 92) {
            const next = line.charCodeAt(index2 + 1);
            index2++;
            if (next === 91 || next === 93) {
              index2++;
            }
          } else if (code === 93) {
            const bracketInfo = ranges.at(-1);
            if (!bracketInfo) {
              index2++;
            } else if (line.charCodeAt(index2 + 1) === 91 && // That would be the end of a reference already.
            bracketInfo[1].length !== 3) {
              index2++;
              bracketInfo[1].push(lineStart + index2, lineStart + index2);
              index2++;
            } else {
              index2++;
              bracketInfo[1].push(lineStart + index2);
              handleRange(bracketInfo);
              ranges.pop();
            }
          } else {
            index2++;
          }
        }
      }
    }
    function handleRange(bracketRange) {
      const [ancestors, range] = bracketRange;
      if (range.length === 1) return;
      if (range.length === 3) range.length = 2;
      if (range.length === 2 && range[0] + 2 === range[1]) return;
      const label = value.charCodeAt(range[0] - 1) === 33 ? "image" : value.charCodeAt(range[0] + 1) === 94 ? "footnote" : "link";
      const offset = range.length === 4 && range[2] + 2 !== range[3] ? 2 : 0;
      let id = normalizeIdentifier(
        collapseWhiteSpace(
          value.slice(range[0 + offset] + 1, range[1 + offset] - 1),
          { style: "html", trim: true }
        )
      );
      let defined = definitionIdentifiers;
      if (label === "footnote") {
        if (id.includes(" ")) return;
        defined = footnoteDefinitionIdentifiers;
        id = id.slice(1);
      }
      if (allowShortcutLink && range.length === 2 || defined.has(id) || strings.has(id) || regexes.some(function(regex) {
        return regex.test(id);
      })) {
        return;
      }
      const start = toPoint(range[0]);
      const end = toPoint(range[range.length - 1]);
      if (end && start) {
        file.message(
          "Unexpected reference to undefined definition, expected corresponding definition (`" + id.toLowerCase() + "`) for " + (label === "image" ? "an" : "a") + " " + label + " or escaped opening bracket (`\\[`) for regular text",
          {
            ancestors,
            place: { start, end }
          }
        );
      }
    }
  }
);
var remark_lint_no_undefined_references_default = remarkLintNoUndefinedReferences;

// node_modules/remark-lint-no-unused-definitions/node_modules/unified-lint-rule/lib/index.js
function lintRule49(meta, rule) {
  const id = typeof meta === "string" ? meta : meta.origin;
  const url = typeof meta === "string" ? void 0 : meta.url;
  const parts = id.split(":");
  const source = parts[1] ? parts[0] : void 0;
  const ruleId = parts[1];
  Object.defineProperty(plugin, "name", { value: id });
  return plugin;
  function plugin(config) {
    const [severity, options] = coerce49(ruleId, config);
    const fatal = severity === 2;
    if (!severity) return;
    return function(tree, file, next) {
      let index = file.messages.length - 1;
      wrap(rule, function(error) {
        const messages = file.messages;
        if (error && !messages.includes(error)) {
          try {
            file.fail(error);
          } catch {
          }
        }
        while (++index < messages.length) {
          Object.assign(messages[index], { fatal, ruleId, source, url });
        }
        next();
      })(tree, file, options);
    };
  }
}
function coerce49(name, config) {
  if (Array.isArray(config)) {
    const [severity, option] = config;
    switch (severity) {
      case false:
      case 0:
      case "off": {
        return [0, option];
      }
      case true:
      case 1:
      case "on":
      case "warn": {
        return [1, option];
      }
      case 2:
      case "error": {
        return [2, option];
      }
      default: {
        if (typeof severity === "number") {
          throw new Error(
            "Incorrect severity `" + severity + "` for `" + name + "`, expected 0, 1, or 2"
          );
        }
        return [
          1,
          /** @type {Option} */
          config
        ];
      }
    }
  }
  return [1, config];
}

// node_modules/remark-lint-no-unused-definitions/index.js
var remarkLintNoUnusedDefinitions = lintRule49(
  {
    origin: "remark-lint:no-unused-definitions",
    url: "https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-no-unused-definitions#readme"
  },
  /**
   * @param {Root} tree
   *   Tree.
   * @returns {undefined}
   *   Nothing.
   */
  function(tree, file) {
    const footnoteDefinitions = /* @__PURE__ */ new Map();
    const definitions = /* @__PURE__ */ new Map();
    visitParents(tree, function(node, parents) {
      if ("identifier" in node) {
        const map = node.type === "footnoteDefinition" || node.type === "footnoteReference" ? footnoteDefinitions : definitions;
        let entry = map.get(node.identifier);
        if (!entry) {
          entry = { ancestors: void 0, used: false };
          map.set(node.identifier, entry);
        }
        if (node.type === "definition" || node.type === "footnoteDefinition") {
          entry.ancestors = [...parents, node];
        } else if (node.type === "imageReference" || node.type === "linkReference" || node.type === "footnoteReference") {
          entry.used = true;
        }
      }
    });
    const entries = [...footnoteDefinitions.values(), ...definitions.values()];
    for (const entry of entries) {
      if (!entry.used) {
        ok(entry.ancestors);
        const node = entry.ancestors.at(-1);
        ok(node);
        ok(node.type === "footnoteDefinition" || node.type === "definition");
        if (node.position) {
          const prefix = node.type === "footnoteDefinition" ? "footnote " : "";
          file.message(
            "Unexpected unused " + prefix + "definition, expected no definition or one or more " + prefix + "references to `" + node.identifier + "`",
            { ancestors: entry.ancestors, place: node.position }
          );
        }
      }
    }
  }
);
var remark_lint_no_unused_definitions_default = remarkLintNoUnusedDefinitions;

// node_modules/remark-preset-lint-recommended/index.js
var remarkPresetLintRecommended = {
  plugins: [
    remarkLint,
    // Unix compatibility.
    remark_lint_final_newline_default,
    // Rendering across vendors differs greatly if using other styles.
    remark_lint_list_item_bullet_indent_default,
    [remark_lint_list_item_indent_default, "one"],
    remark_lint_no_blockquote_without_marker_default,
    remark_lint_no_literal_urls_default,
    [remark_lint_ordered_list_marker_style_default, "."],
    // Mistakes.
    // To do: next major: change to `allowSpaces: false`.
    remark_lint_hard_break_spaces_default,
    remark_lint_no_duplicate_definitions_default,
    remark_lint_no_heading_content_indent_default,
    remark_lint_no_shortcut_reference_image_default,
    remark_lint_no_shortcut_reference_link_default,
    remark_lint_no_undefined_references_default,
    remark_lint_no_unused_definitions_default
  ]
};
var remark_preset_lint_recommended_default = remarkPresetLintRecommended;

// node_modules/bail/index.js
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/is-plain-obj/index.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value) && !(Symbol.iterator in value);
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value = proto[property];
    const apply = function() {
      return value.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own2 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index = -1;
    while (++index < this.attachers.length) {
      const attacher = this.attachers[index];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value;
        return this;
      }
      return own2.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, file2) {
      complete = true;
      bail(error);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error, tree2) {
      bail(error);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you’re using a compiler that doesn’t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler);
    assertNode(tree);
    return compiler(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value === null || value === void 0) {
    } else if (typeof value === "function") {
      addPlugin(value, parameters);
    } else if (typeof value === "object") {
      if (Array.isArray(value)) {
        addList(value);
      } else {
        addPreset(value);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value + "`");
    }
    return this;
    function add(value2) {
      if (typeof value2 === "function") {
        addPlugin(value2, []);
      } else if (typeof value2 === "object") {
        if (Array.isArray(value2)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value2
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value2);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value2 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index < plugins.length) {
          const thing = plugins[index];
          add(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index = -1;
      let entryIndex = -1;
      while (++index < attachers.length) {
        if (attachers[index][0] === plugin) {
          entryIndex = index;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value) {
  if (typeof value !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node) {
  if (!isPlainObject(node) || typeof node.type !== "string") {
    throw new TypeError("Expected node, got `" + node + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value) {
  return looksLikeAVFile(value) ? value : new VFile(value);
}
function looksLikeAVFile(value) {
  return Boolean(
    value && typeof value === "object" && "message" in value && "messages" in value
  );
}
function looksLikeAValue(value) {
  return typeof value === "string" || isUint8Array(value);
}
function isUint8Array(value) {
  return Boolean(
    value && typeof value === "object" && "byteLength" in value && "byteOffset" in value
  );
}

// src/remark/engine.ts
var PRESETS = { recommended: remark_preset_lint_recommended_default, consistent: remark_preset_lint_consistent_default, "markdown-style-guide": remark_preset_lint_markdown_style_guide_default };
var BUNDLED_RULES = new Map(
  [remark_preset_lint_recommended_default, remark_preset_lint_consistent_default, remark_preset_lint_markdown_style_guide_default].flatMap((preset) => preset.plugins ?? []).map((entry) => Array.isArray(entry) ? entry[0] : entry).filter((plugin) => plugin.name.startsWith("remark-lint:")).map((plugin) => [plugin.name.slice("remark-lint:".length), plugin]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
);
function toLintSetting(value) {
  if (value === "warning") return ["warn"];
  if (typeof value === "string" || typeof value === "number") return SEVERITIES.has(value) ? [value] : value;
  if (Array.isArray(value) && value[0] === "warning") return ["warn", ...value.slice(1)];
  return value;
}
var processors = /* @__PURE__ */ new WeakMap();
function processorFor(settings) {
  let processor = processors.get(settings);
  if (processor) return processor;
  const plugins = [remarkLint, ...settings.presets.map((name) => PRESETS[name])];
  const byName = new Map(BUNDLED_RULES);
  for (const name of settings.plugins) {
    const plugin = installed.get(name);
    if (!plugin) throw new RemarkPluginError(`\`remark.plugins\`: \`${name}\` was not loaded`);
    byName.set(ruleNameOfPackage(name), plugin);
    if (!(ruleNameOfPackage(name) in settings.rules)) plugins.push(plugin);
  }
  for (const [name, value] of Object.entries(settings.rules)) {
    const plugin = byName.get(name);
    if (plugin) plugins.push([plugin, toLintSetting(value)]);
  }
  processor = unified().use(plugins).freeze();
  processors.set(settings, processor);
  return processor;
}
export {
  BUNDLED_RULES,
  PRESETS,
  processorFor
};
/*! For license information please see engine-UFOHRL6S.js.LEGAL.txt */
