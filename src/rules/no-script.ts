import { z } from 'zod';
import { defineRule, quote } from '../engine/rule.js';
import { spanOf, walkMarkdown } from '../engine/markdown.js';

/** Attributes whose value is a URL a browser may navigate to or load. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

export default defineRule({
  meta: {
    id: 'no-script',
    description: 'Content runs no scripts: no `<script>` elements, event-handler attributes or `javascript:` URLs',
    rationale:
      'A script in a post runs on every reader\'s page with the site\'s own origin: ad loaders, ' +
      'trackers and worse arrive this way in scraped or "guest" posts. Script embeds that a site ' +
      'trusts (a gist, a widget) can be allowed by host with `allowHosts`.',
    tags: ['security'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        /** Hosts whose `<script src>` is allowed, e.g. `gist.github.com`. */
        allowHosts: z.array(z.string().min(1)).default([]),
      })
      .default({ allowHosts: [] }),
    messages: {
      external: 'Unexpected `<script>` loading `{src}`; remove it: posts must not run scripts',
      inline: 'Unexpected inline `<script>`; remove it: posts must not run scripts',
      handler: 'Unexpected `{attribute}` handler on `<{tag}>`; remove it: posts must not run scripts',
      javascriptUrl: 'Unexpected `javascript:` URL in `{where}`; remove it: posts must not run scripts',
    },
  },
  check({ document, options, report }) {
    const allowHosts = new Set(options.allowHosts.map((host) => host.toLowerCase()));
    for (const element of document.html().elements) {
      if (element.tagName === 'script') {
        const src = element.attributes.get('src')?.trim();
        if (src) {
          if (!allowHosts.has(hostOf(src) ?? '')) {
            report({ messageId: 'external', data: { src: quote(src, 80) }, span: element.span });
          }
        } else {
          report({ messageId: 'inline', span: element.span });
        }
      }
      for (const [name, value] of element.attributes) {
        if (name.startsWith('on') && name.length > 2) {
          report({ messageId: 'handler', data: { attribute: name, tag: element.tagName }, span: element.span });
        } else if (URL_ATTRIBUTES.includes(name) && isJavascriptUrl(value)) {
          report({ messageId: 'javascriptUrl', data: { where: `<${element.tagName} ${name}>` }, span: element.span });
        }
      }
    }
    walkMarkdown(document.markdown(), (node) => {
      if ((node.type === 'link' || node.type === 'definition') && isJavascriptUrl(node.url) && node.position) {
        const where = node.type === 'link' ? 'a Markdown link' : `the definition of [${node.label ?? node.identifier}]`;
        report({ messageId: 'javascriptUrl', data: { where: quote(where, 60) }, span: spanOf(node.position) });
      }
    });
  },
});

/** Browsers strip leading control characters and spaces and ignore tabs and newlines inside the scheme. */
function isJavascriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^javascript:/i.test(cleaned);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url, 'https://invalid.invalid/').hostname.toLowerCase();
  } catch {
    return null;
  }
}

