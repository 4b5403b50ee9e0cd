#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  JsonReportError,
  REPORTER_NAMES,
  fixPaths,
  mergeReports,
  plural,
  readJsonReport,
  reporters
} from "./chunks/chunk-TS2EC2WY.js";
import {
  BASELINE_FILE,
  CONFIG_FILE_NAMES,
  ConfigError,
  DEFAULT_CACHE_LOCATION,
  FileSelectionError,
  GitError,
  LintDocument,
  TOOL_NAME,
  VERSION,
  calendarProblem,
  collectionMatcher,
  detectSite,
  lintPaths,
  loadConfig,
  parseDateText,
  parseShard,
  readBaseline,
  recordBaseline,
  require_dist,
  resolveConfig,
  rules,
  selectFiles,
  settingsFor,
  toInstant,
  toPosix,
  trimRuns,
  writeBaselineFile
} from "./chunks/chunk-KG542B4U.js";
import {
  BUNDLED_RULE_NAMES,
  PRESET_NAMES,
  ruleNameOfPackage
} from "./chunks/chunk-DP2SAIDO.js";
import "./chunks/chunk-HYQFWBAE.js";
import "./chunks/chunk-AQAWXGQZ.js";
import {
  __toESM
} from "./chunks/chunk-VX4HL5QL.js";

// src/cli.ts
import { setFlagsFromString } from "node:v8";

// src/cli/main.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";

// src/cli/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var SCHEMA_URL = `https://github.com/content-lint/content-lint/raw/v${VERSION}/schema/content-lint.schema.json`;
var WORKFLOW_TEMPLATE = `# .github/workflows/content-lint.yml \u2014 the minimal set-up
name: content-lint
on: pull_request
permissions:
  contents: read
jobs:
  content-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@8e8c483db84b4bee98b60c0593521ed34d9990e8 # v6.0.1
        with:
          persist-credentials: false
      - uses: content-lint/content-lint@v${VERSION}
`;
var LISTING_PAGE = /^(_?index|readme)\.(md|markdown|mdx)$/i;
var MIN_COLLECTION_FILES = 5;
var REQUIRED_SHARE = 0.95;
var LISTED_SHARE = 0.1;
function planInit(root, importFile) {
  const detected = detectSite(root);
  const config = resolveConfig({}, rules, { root, file: null }, () => detected);
  const entries = selectFiles([], config, root);
  const notes = [];
  const imported = importSchemas(root, importFile, notes);
  const remark = importRemarkLint(root, notes);
  const domains = cnameDomains(root, detected.url);
  let collections = imported;
  if (detected.generator && imported.length > 0) {
    collections = [
      ...imported,
      ...detected.collections.map((plan) => ({ name: collectionName(plan.name, imported), include: plan.include, files: 0, preset: plan.preset, source: `${detected.generator} preset` }))
    ];
  } else if (!detected.generator) {
    const documents = entries.map((entry) => {
      try {
        return { path: entry.projectPath, data: LintDocument.fromBytes(entry.path, readFileSync(entry.absolute), entry.projectPath).frontMatter?.data ?? null };
      } catch {
        return { path: entry.projectPath, data: null };
      }
    });
    collections = [...imported, ...inferCollections(documents, imported.length > 0)];
  }
  return { detected, files: entries.length, domains, collections, remark, notes, config: renderConfig(detected, domains, collections, remark) };
}
function inferCollections(documents, hasImported = false) {
  if (documents.length === 0) return [];
  const directories = documents.map((document) => document.path.split("/").slice(0, -1));
  let common = directories[0] ?? [];
  for (const directory of directories) {
    let index = 0;
    while (index < common.length && common[index] === directory[index]) index++;
    common = common.slice(0, index);
  }
  const groups = /* @__PURE__ */ new Map();
  const rest = [];
  documents.forEach((document, index) => {
    const folder = directories[index]?.[common.length];
    if (folder === void 0) rest.push(document);
    else groups.set(folder, [...groups.get(folder) ?? [], document]);
  });
  const collections = [];
  const prefix = common.length > 0 ? `${common.join("/")}/` : "";
  for (const [folder, members] of [...groups].sort(([a], [b]) => a < b ? -1 : 1)) {
    const listings = members.filter((member) => LISTING_PAGE.test(member.path.slice(member.path.lastIndexOf("/") + 1)));
    const pagesApart = listings.length > 0 && listings.length * 2 < members.length;
    const posts = pagesApart ? members.filter((member) => !listings.includes(member)) : members;
    if (posts.length < MIN_COLLECTION_FILES) {
      rest.push(...members);
      continue;
    }
    if (pagesApart) rest.push(...listings);
    const collection = describe(collectionName(folder, collections), [`${prefix}${folder}/**/*.{md,markdown,mdx}`], posts);
    if (pagesApart) collection.exclude = [`${prefix}${folder}/**/{index,_index,README,readme}.{md,markdown,mdx}`];
    collections.push(collection);
  }
  if (rest.length > 0) {
    const name = collections.length === 0 && !hasImported ? "content" : collectionName("pages", collections);
    collections.push(describe(name, ["**/*.{md,markdown,mdx}"], rest));
  }
  return collections;
}
function collectionName(wanted, taken) {
  const base = trimRuns(wanted.replace(/[^\w-]+/g, "-"), "-") || "content";
  let name = base;
  for (let index = 2; taken.some((collection) => collection.name === name); index++) name = `${base}-${index}`;
  return name;
}
function describe(name, include, members) {
  const withData = members.filter((member) => member.data !== null);
  const share = (count, of) => of === 0 ? 0 : count / of;
  const requiredShare = members.length >= 20 ? REQUIRED_SHARE : 1;
  const seen = /* @__PURE__ */ new Map();
  for (const member of withData) {
    for (const [key, value] of Object.entries(member.data ?? {})) seen.set(key, [...seen.get(key) ?? [], value]);
  }
  const fields = {};
  for (const [key, values] of [...seen].sort(([, x], [, y]) => y.length - x.length)) {
    if (share(values.length, members.length) < LISTED_SHARE) continue;
    const type = inferType(key, values);
    const required = type !== "any" && share(values.length, members.length) >= requiredShare;
    fields[key] = { type, ...required ? { required: true } : {} };
  }
  return {
    name,
    include,
    files: members.length,
    fields,
    ...share(withData.length, members.length) >= requiredShare && withData.length > 0 ? { frontMatter: "required" } : {},
    source: `fields shared by the ${plural(members.length, "post")}`
  };
}
function inferType(key, values) {
  const kinds = /* @__PURE__ */ new Set();
  for (const value of values) {
    if (value === null || value === void 0) return "any";
    if (typeof value === "boolean") kinds.add("boolean");
    else if (typeof value === "number") kinds.add(Number.isInteger(value) ? "integer" : "number");
    else if (Array.isArray(value)) kinds.add("array");
    else if (typeof value === "object") kinds.add("object");
    else if (typeof value === "string") kinds.add(stringKind(key, value));
  }
  if (kinds.has("integer") && kinds.has("number")) kinds.delete("integer");
  if (kinds.has("string")) {
    kinds.delete("date");
    kinds.delete("url");
    kinds.delete("image");
  }
  if (kinds.has("image")) kinds.delete("url");
  const list = [...kinds].sort();
  return list.length === 1 ? list[0] : list.length === 0 ? "any" : list;
}
function stringKind(key, value) {
  if (/^(image|thumbnail|cover|banner|hero|og_?image|featured_?image)$/i.test(key)) return "image";
  if (parseDateText(value) !== null) return "date";
  if (/^https?:\/\/\S+$/i.test(value.trim())) return "url";
  return "string";
}
function cnameDomains(root, url) {
  const own = url ? new URL(url).hostname : null;
  const domains = /* @__PURE__ */ new Set();
  for (const candidate of ["CNAME", "static/CNAME", "public/CNAME", "source/CNAME"]) {
    const file = path.join(root, candidate);
    if (!existsSync(file)) continue;
    const host = readFileSync(file, "utf8").trim().split(/\s+/)[0]?.toLowerCase();
    if (host && /^[a-z0-9.-]+$/.test(host) && host !== own) domains.add(host);
  }
  return [...domains];
}
function importSchemas(root, importFile, notes) {
  const candidates = importFile ? [importFile] : [".remarkrc", ".remarkrc.json", ".remarkrc.yml", ".remarkrc.yaml", "package.json"];
  for (const name of [".remarkrc.js", ".remarkrc.cjs", ".remarkrc.mjs"]) {
    if (!importFile && existsSync(path.join(root, name))) notes.push(`${name} is code and was not run; to import its frontmatter-schema mapping, save it as JSON and pass it with --import.`);
  }
  for (const candidate of candidates) {
    const file = path.resolve(root, candidate);
    if (!existsSync(file)) {
      if (importFile) throw new InitError(`${importFile}: not found`);
      continue;
    }
    let data;
    try {
      data = (0, import_yaml.parse)(readFileSync(file, "utf8"));
    } catch (error) {
      if (importFile) throw new InitError(`${importFile}: not JSON or YAML (${error.message})`);
      continue;
    }
    if (path.basename(file) === "package.json") data = data?.remarkConfig;
    const mapping = schemaMapping(data);
    if (!mapping) {
      if (importFile) throw new InitError(`${importFile}: no remark-lint-frontmatter-schema \`schemas\` and no mapping of schema files to globs found`);
      continue;
    }
    const relativeSource = path.relative(root, file).split(path.sep).join("/");
    const collections = [];
    for (const [schema, globs] of Object.entries(mapping)) {
      if (/^[a-z]+:\/\//i.test(schema)) {
        notes.push(`${schema}: a schema on the web is not fetched; download it into the repository and name the file in the config.`);
        continue;
      }
      const schemaPath = path.relative(root, path.resolve(path.dirname(file), schema)).split(path.sep).join("/");
      const include = (Array.isArray(globs) ? globs : [globs]).filter((glob) => typeof glob === "string").map((glob) => glob.replace(/^\.?\//, ""));
      if (include.length === 0) continue;
      collections.push({ name: collectionName(path.basename(schemaPath).replace(/\.(schema\.)?(json|ya?ml)$/i, ""), collections), include, files: 0, schema: schemaPath, source: `imported from ${relativeSource}` });
    }
    return collections;
  }
  return [];
}
var REMARK_CONFIG_FILES = [".remarkrc", ".remarkrc.json", ".remarkrc.yml", ".remarkrc.yaml", "package.json"];
function importRemarkLint(root, notes) {
  for (const name of REMARK_CONFIG_FILES) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    let data;
    try {
      data = (0, import_yaml.parse)(readFileSync(file, "utf8"));
    } catch {
      continue;
    }
    if (name === "package.json") data = data?.remarkConfig;
    const plugins = data?.plugins;
    const entries = Array.isArray(plugins) ? plugins.flatMap((entry) => typeof entry === "string" ? [[entry, void 0]] : Array.isArray(entry) && typeof entry[0] === "string" ? [[entry[0], entry[1]]] : []) : plugins && typeof plugins === "object" ? Object.entries(plugins) : [];
    const found = { source: name, presets: [], rules: [], plugins: [] };
    const bundled = new Set(BUNDLED_RULE_NAMES);
    const ignored = [];
    for (const [raw, setting] of entries) {
      const plugin = raw.startsWith("remark-") || raw.startsWith("@") ? raw : `remark-${raw}`;
      const preset = /^remark-preset-lint-(.+)$/.exec(plugin)?.[1];
      if (preset && PRESET_NAMES.includes(preset)) {
        if (setting !== false) found.presets.push(preset);
        continue;
      }
      if (plugin === "remark-lint" || plugin === "remark-frontmatter" || plugin === "remark-gfm" || /frontmatter-schema$/.test(plugin)) continue;
      if (/(^|\/)remark-lint-[\w.-]+$/.test(plugin)) {
        const rule = ruleNameOfPackage(plugin);
        if (!bundled.has(rule)) found.plugins.push(plugin);
        found.rules.push([rule, setting === void 0 ? true : setting]);
        continue;
      }
      ignored.push(raw);
    }
    if (found.presets.length === 0 && found.rules.length === 0) continue;
    if (found.plugins.length > 0) notes.push(`${found.plugins.join(", ")}: not bundled with content-lint; keep ${found.plugins.length === 1 ? "it" : "them"} installed for the CLI (the GitHub Action runs only the bundled presets and rules).`);
    if (ignored.length > 0) notes.push(`${name}: ${ignored.join(", ")} ${ignored.length === 1 ? "is not a remark-lint rule and was" : "are not remark-lint rules and were"} not imported.`);
    return found;
  }
  return null;
}
function schemaMapping(data) {
  if (!data || typeof data !== "object") return null;
  const record = data;
  if (record["yaml.schemas"] && typeof record["yaml.schemas"] === "object") return record["yaml.schemas"];
  const plugins = record.plugins;
  const entries = Array.isArray(plugins) ? plugins : plugins && typeof plugins === "object" ? Object.entries(plugins) : [];
  for (const entry of entries) {
    if (!Array.isArray(entry)) continue;
    const [name, options] = entry;
    if (typeof name === "string" && /(^|[-/])frontmatter-schema$/.test(name) && options && typeof options === "object") {
      const schemas = options.schemas;
      if (schemas && typeof schemas === "object") return schemas;
    }
  }
  const values = Object.values(record);
  if (values.length > 0 && values.every((value) => typeof value === "string" || Array.isArray(value) && value.every((item) => typeof item === "string"))) {
    if (Object.keys(record).every((key) => /\.(json|ya?ml)$/i.test(key))) return record;
  }
  return null;
}
var InitError = class extends Error {
  name = "InitError";
};
var q = (value) => JSON.stringify(value);
function renderConfig(detected, domains, collections, remark) {
  const out = [`# yaml-language-server: $schema=${SCHEMA_URL}`, "#", "# Written by `content-lint init`. Every key is explained in the README; `content-lint --print-config FILE`", "# shows what applies to a file.", ""];
  if (detected.generator) {
    out.push(`# Detected from ${detected.evidence}: the ${detected.generator} presets check each collection's front matter.`, `generator: ${detected.generator}`, "");
  }
  const site = [];
  if (detected.url) site.push(`  url: ${q(detected.url)}`);
  else site.push('  # url: "https://blog.example.com"   # no site address found: set it, so links to the site are not taken for hotlinks');
  if (domains.length > 0) site.push(`  domains: [${domains.map(q).join(", ")}]   # from CNAME`);
  if (detected.timezone) site.push(`  timezone: ${q(detected.timezone)}`);
  else site.push('  # timezone: "Europe/Berlin"   # no time zone found: dates written without one are read as UTC');
  out.push(site.every((line) => line.startsWith("  #")) ? "# site:" : "site:", ...site, "");
  if (collections.length > 0) {
    out.push("# Groups of posts and the front matter each follows; a file belongs to the first that includes it.", "collections:");
    for (const collection of collections) {
      out.push(`  ${collection.name}:   # ${collection.source}`, `    include: [${collection.include.map(q).join(", ")}]`);
      if (collection.exclude?.length) out.push(`    exclude: [${collection.exclude.map(q).join(", ")}]   # listing pages`);
      if (collection.schema) {
        out.push(`    schema: ${q(collection.schema)}`);
        continue;
      }
      if (collection.preset) {
        out.push(`    preset: ${collection.preset}`);
        continue;
      }
      out.push("    preset: blog", "    unknownKeys: allow");
      if (collection.frontMatter) out.push(`    frontMatter: ${collection.frontMatter}`);
      const fields = Object.entries(collection.fields ?? {});
      if (fields.length > 0) {
        out.push("    fields:");
        for (const [key, spec] of fields) {
          const type = Array.isArray(spec.type) ? `[${spec.type.join(", ")}]` : spec.type;
          out.push(`      ${/^[\w-]+$/.test(key) ? key : q(key)}: { type: ${type}${spec.required ? ", required: true" : ""} }`);
        }
      }
    }
    out.push("");
  }
  if (remark) {
    out.push(`# Markdown style: the remark-lint settings of ${remark.source}, run inside content-lint (it never reads ${remark.source} itself).`, "remark:");
    if (remark.presets.length > 0) out.push(`  presets: [${remark.presets.join(", ")}]`);
    if (remark.plugins.length > 0) out.push(`  plugins: [${remark.plugins.join(", ")}]   # installed in the site; CLI only`);
    if (remark.rules.length > 0) {
      out.push("  rules:");
      for (const [name, setting] of remark.rules) out.push(`    ${name}: ${JSON.stringify(setting)}`);
    }
    out.push("");
  }
  out.push(
    "# Every rule is on at its default severity (see docs/rules). A few worth a look:",
    "# rules:",
    "#   date-updated: warning        # a post whose text changed has a new `updated` date",
    '#   no-affiliate-links: [error, { allowSponsored: true }]   # rel="sponsored" links are fine',
    "",
    "# Settings for some folders only (later entries win):",
    "# overrides:",
    '#   - files: ["docs/**"]',
    "#     rules:",
    "#       date-not-future: off",
    ""
  );
  return out.join("\n");
}
function describePlan(plan) {
  const { detected } = plan;
  const lines = [
    `Site generator: ${detected.generator ? `${detected.generator} (from ${detected.evidence})` : "none detected (generic Markdown)"}`,
    `Site address:   ${detected.url ?? "not found (set site.url)"}${plan.domains.length > 0 ? `; also ${plan.domains.join(", ")}` : ""}`,
    `Time zone:      ${detected.timezone ?? "not found (dates without a zone are read as UTC)"}`,
    `Content:        ${plural(plan.files, "Markdown file")}`
  ];
  if (detected.generator) {
    for (const collection of detected.collections) lines.push(`  ${collection.name.padEnd(12)} ${collection.include.join(", ")}  (${collection.preset} preset)`);
  }
  for (const collection of plan.collections) {
    const required = Object.entries(collection.fields ?? {}).filter(([, spec]) => spec.required).map(([key]) => key);
    if (collection.preset) continue;
    const what = collection.schema ? `schema ${collection.schema}` : required.length > 0 ? `requires ${required.join(", ")}` : "no field required";
    lines.push(`  ${collection.name.padEnd(12)} ${collection.include.join(", ")}  ${collection.schema ? "" : `${plural(collection.files, "file")}, `}${what}`);
  }
  if (plan.remark) {
    const parts = [...plan.remark.presets.length > 0 ? [`presets ${plan.remark.presets.join(", ")}`] : [], ...plan.remark.rules.length > 0 ? [plural(plan.remark.rules.length, "rule setting")] : []];
    lines.push(`remark-lint:    ${parts.join(" and ")}, from ${plan.remark.source}`);
  }
  for (const note of plan.notes) lines.push(`Note: ${note}`);
  return lines;
}

// src/cli/main.ts
import path2 from "node:path";
import { parseArgs } from "node:util";
var EXIT = { ok: 0, findings: 1, usage: 2 };
var FAIL_ON = ["error", "warning", "never"];
var HELP = `Usage: ${TOOL_NAME} [options] [paths...]
       ${TOOL_NAME} schema [collection]
       ${TOOL_NAME} init [--force] [--workflow] [--import FILE]
       ${TOOL_NAME} merge [options] REPORT.json...

Checks Markdown content: front matter, encodings, scripts and more.
Paths are files, folders or globs; without any, the config's \`include\` is used.
\`schema\` lists the collections, or prints one collection's JSON Schema (for editors);
a folder named "schema" is written ./schema.
\`init\` writes a .content-lint.yml for the site in the current folder (--force to replace one,
--workflow to add .github/workflows/content-lint.yml, --import to read a remark-lint-frontmatter-schema
or JSON Schema mapping); a folder named "init" is written ./init.
\`merge\` combines the JSON reports of \`--shard\` runs into one report in any format (with
--format, --output, --fail-on, --max-warnings, --quiet).

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
      --check-urls         Fetch each absolute image URL (safely) and report those that answer no image
      --url-cache FILE     Keep URL results between runs in FILE (default .content-lint-cache/urls.json)
      --now DATE           Take DATE (e.g. 2024-09-21T12:00:00Z) as now, for reproducible date checks
      --changed-since REF  Check only files changed since the git REF, and compare them with it
      --baseline FILE      Findings recorded in FILE are reported apart and do not fail the run
                           (default: .content-lint-baseline.json next to the config, when there)
      --write-baseline[=FILE]  Record the findings of the checked files in the baseline, and exit 0
      --prune-baseline[=FILE]  Drop baseline entries that no longer occur, and exit 0
      --print-config FILE  Print the configuration that applies to FILE, and exit
      --cache              Keep results between runs; unchanged files are not checked again
      --cache-location FILE  Where --cache keeps them (default ${DEFAULT_CACHE_LOCATION})
      --shard I/N          Check only the I-th of N parts of the files (for a CI matrix; see merge)
      --workers N          Worker threads beside the main one (default: one per core but one;
                           0: none, not even for MDX)
      --file-timeout SECONDS  Stop checking a file after this long and report it (default 10)
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no failing findings, 1 failing findings, 2 usage, config or internal error.
Docs: https://github.com/content-lint/content-lint#readme`;
async function runCli(argv, io) {
  let parsed;
  let baselineTarget;
  const args = argv.map((arg) => {
    const match = /^--(write|prune)-baseline=(.*)$/s.exec(arg);
    if (!match) return arg;
    baselineTarget = match[2];
    return `--${match[1]}-baseline`;
  });
  try {
    parsed = parseArgs({
      args,
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
        "check-urls": { type: "boolean", default: false },
        "url-cache": { type: "string" },
        "fix-dry-run": { type: "boolean", default: false },
        "changed-since": { type: "string" },
        baseline: { type: "string" },
        workers: { type: "string" },
        cache: { type: "boolean", default: false },
        "cache-location": { type: "string" },
        shard: { type: "string" },
        "file-timeout": { type: "string" },
        "write-baseline": { type: "boolean", default: false },
        "prune-baseline": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        workflow: { type: "boolean", default: false },
        import: { type: "string" },
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
  let workers;
  if (values.workers !== void 0) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 256) return usage(io, `Unexpected --workers \`${values.workers}\`, expected a whole number from 0 to 256`);
  }
  let timeBudgetMs;
  if (values["file-timeout"] !== void 0) {
    timeBudgetMs = Number(values["file-timeout"]) * 1e3;
    if (!Number.isFinite(timeBudgetMs) || timeBudgetMs <= 0) return usage(io, `Unexpected --file-timeout \`${values["file-timeout"]}\`, expected a number of seconds above 0`);
  }
  let shard;
  if (values.shard !== void 0) {
    shard = parseShard(values.shard) ?? void 0;
    if (!shard) return usage(io, `Unexpected --shard \`${values.shard}\`, expected I/N with 1 \u2264 I \u2264 N, such as 2/4`);
  }
  let now;
  if (values.now !== void 0) {
    const parts = parseDateText(values.now);
    if (!parts || calendarProblem(parts)) return usage(io, `Unexpected --now \`${values.now}\`, expected a date such as 2024-09-21T12:00:00Z`);
    now = toInstant(parts, "UTC");
  }
  try {
    if (positionals[0] === "init") {
      if (positionals.length > 1) return usage(io, `Unexpected \`${positionals[1]}\` after init, expected options only`);
      return runInit(io, { force: values.force, workflow: values.workflow, importFile: values.import });
    }
    if (positionals[0] === "merge") {
      const reports = positionals.slice(1);
      if (reports.length === 0) return usage(io, "Missing reports after merge, expected the JSON files of the shards");
      const result2 = mergeReports(reports.map((name) => ({ name, ...readJsonReport(readReport(io.cwd, name), name) })));
      writeReport(result2, values, format, io);
      return exitCode(result2, failOn, maxWarnings, io);
    }
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
    const recording = values["write-baseline"] ? "write" : values["prune-baseline"] ? "prune" : null;
    if (values["write-baseline"] && values["prune-baseline"]) return usage(io, "Unexpected --write-baseline with --prune-baseline, expected one of them");
    if (recording && (values.fix || values["fix-dry-run"])) return usage(io, `Unexpected --${recording}-baseline with --fix, expected one of them`);
    const progress = createProgress(io);
    const lintOptions = {
      cwd: io.cwd,
      patterns: positionals,
      configFile: values.config,
      onProgress: progress.update,
      changedSince: values["changed-since"],
      workers,
      timeBudgetMs,
      shard,
      ...values.cache || values["cache-location"] !== void 0 ? {
        cache: values["cache-location"] ?? DEFAULT_CACHE_LOCATION,
        onCache: (cache) => {
          if (cache.discarded) io.stderr.write(`${TOOL_NAME}: cache ${toPosix(path2.relative(io.cwd, cache.file))} not used: ${cache.discarded}; starting afresh
`);
        }
      } : {},
      // Recording a baseline needs every finding; otherwise the baseline is applied.
      baseline: recording ? false : values.baseline,
      ...now === void 0 ? {} : { now },
      ...values["check-urls"] ? { network: { cacheFile: path2.resolve(io.cwd, values["url-cache"] ?? ".content-lint-cache/urls.json") } } : {}
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
    } else if (recording) {
      const outcome = await lintPaths(lintOptions);
      progress.done();
      const target = path2.resolve(io.cwd, baselineTarget ?? values.baseline ?? path2.join(outcome.config.root, BASELINE_FILE));
      const recorded = recordBaseline(outcome.result, readBaseline(target), outcome.projectPathOf, {
        mode: recording,
        fileExists: (file) => existsSync2(path2.resolve(outcome.config.root, file))
      });
      writeBaselineFile(target, recorded.baseline);
      const shown = toPosix(path2.relative(io.cwd, target)) || target;
      io.stderr.write(
        recording === "write" ? `${TOOL_NAME}: recorded ${plural(recorded.entries, "finding")} in ${shown}; later runs fail only on new ones
` : `${TOOL_NAME}: dropped ${plural(recorded.dropped, "finding")} that no longer occur from ${shown}; ${recorded.entries} left
`
      );
      return EXIT.ok;
    } else {
      const outcome = await lintPaths(lintOptions);
      result = outcome.result;
      progress.done();
      if (result.files.length === 0 && positionals.length === 0 && values["changed-since"] === void 0 && values.shard === void 0) {
        const from = outcome.config.file ? toPosix(path2.relative(io.cwd, outcome.config.file)) || outcome.config.file : "the default config";
        io.stderr.write(`${TOOL_NAME}: no file to check: the include globs of ${from} (${outcome.config.include.map((glob) => `\`${glob}\``).join(", ")}) match none
`);
      }
    }
    writeReport(result, values, format, io);
    return exitCode(result, failOn, maxWarnings, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof FileSelectionError || error instanceof GitError || error instanceof InitError || error instanceof JsonReportError) {
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
function writeReport(result, values, format, io) {
  const shown = values.quiet ? onlyErrors(result) : result;
  const color = values["no-color"] ? false : values.color ?? wantsColor(io);
  const text = reporters[format](shown, { rules, color: values.output ? false : color });
  if (values.output) writeFileSync(path2.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
}
function readReport(cwd, name) {
  try {
    return readFileSync2(path2.resolve(cwd, name), "utf8");
  } catch (error) {
    throw new JsonReportError(`${name}: cannot read the report (${error.code ?? error.message})`);
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
function runInit(io, options) {
  const plan = planInit(io.cwd, options.importFile);
  const targets = [[".content-lint.yml", plan.config]];
  if (options.workflow) targets.push([path2.join(".github", "workflows", "content-lint.yml"), WORKFLOW_TEMPLATE]);
  const existing = targets.filter(([file]) => existsSync2(path2.join(io.cwd, file))).map(([file]) => toPosix(file));
  const existingConfig = CONFIG_FILE_NAMES.filter((name) => name !== ".content-lint.yml" && existsSync2(path2.join(io.cwd, name)));
  if (!options.force && (existing.length > 0 || existingConfig.length > 0)) {
    io.stderr.write(`${TOOL_NAME}: ${[...existing, ...existingConfig].join(" and ")} already there; nothing written (--force replaces ${existing.length + existingConfig.length === 1 ? "it" : "them"})
`);
    return EXIT.usage;
  }
  resolveConfig((0, import_yaml2.parse)(plan.config), rules, { root: io.cwd, file: path2.join(io.cwd, ".content-lint.yml") });
  io.stdout.write(`${describePlan(plan).join("\n")}

`);
  for (const [file, content] of targets) {
    mkdirSync(path2.dirname(path2.join(io.cwd, file)), { recursive: true });
    writeFileSync(path2.join(io.cwd, file), content);
    io.stdout.write(`Wrote ${toPosix(file)}
`);
  }
  io.stdout.write(`
Next: \`npx ${TOOL_NAME}\` shows what it finds; \`npx ${TOOL_NAME} --write-baseline\` records today's findings so that only new ones fail.
`);
  return EXIT.ok;
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
    // Precedence: each rule's default, then `rules`, then every matching override in order.
    overrides: config.overrides.map((override, index) => ({
      index,
      files: override.files,
      excludedFiles: override.excludedFiles,
      appliesToThisFile: override.matches(projectPath),
      rules: Object.fromEntries([...override.rules].map(([id, setting]) => [id, setting.options === void 0 ? setting.severity : [setting.severity, setting.options]]))
    })),
    rules: Object.fromEntries([...settingsFor(config, projectPath)].map(([id, setting]) => [id, [setting.severity, setting.options]]))
  };
}

// src/cli.ts
setFlagsFromString("--heap-growing-percent=30");
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
});
