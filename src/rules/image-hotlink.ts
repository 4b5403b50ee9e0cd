import { z } from 'zod';
import { defineRule, quote } from '../engine/api.js';
import { IMAGE_HOSTS, imageValuesOf } from '../images/values.js';
import { absoluteUrl, registrableDomain, siteDomains } from '../url/url.js';
import { hostMatches } from '../url/url.js';

export default defineRule({
  meta: {
    id: 'image-hotlink',
    description: "Images come from the site itself or an image CDN, not from another site's servers",
    rationale:
      'A thumbnail hotlinked from the site an article was copied from (the seed post\'s ' +
      '`cdn.mos.cms.futurecdn.net`) breaks when that site changes its files or blocks hotlinking, ' +
      'costs it bandwidth, and is often its copyrighted picture. When the site\'s own domains are known ' +
      '(`site.url`, `site.domains`, or the generator config\'s address), an absolute image on any other ' +
      'domain is reported unless its host is an image CDN or on `allowHosts`. Hosts on `denyHosts` are ' +
      'reported always.',
    tags: ['images', 'front-matter', 'spam'],
    defaultSeverity: 'error',
    options: z
      .strictObject({
        allowHosts: z.array(z.string().min(1)).default([]).describe('More hosts the site may take images from (subdomains included)'),
        denyHosts: z.array(z.string().min(1)).default([]).describe('Hosts never to take images from (subdomains included)'),
      })
      .prefault({}),
    messages: {
      hotlink: 'Unexpected image from `{host}` in `{field}`: another site\'s server; copy the image into the site or use its image CDN',
      denied: 'Unexpected image from `{host}` in `{field}`: the host is on `denyHosts`',
    },
  },
  check({ document, project, options, report }) {
    const own = siteDomains(project.site);
    const allowed = [...IMAGE_HOSTS, ...options.allowHosts.map((host) => host.toLowerCase())];
    const denied = options.denyHosts.map((host) => host.toLowerCase());
    for (const image of imageValuesOf(document, project.collectionFor(document), project.images.body)) {
      const url = absoluteUrl(image.raw);
      if (!url) continue;
      const host = url.hostname.toLowerCase();
      const data = { host: quote(host, 60), field: image.field };
      if (hostMatches(host, denied)) {
        report({ messageId: 'denied', data, span: image.span });
      } else if (own.size > 0 && !own.has(registrableDomain(host)) && !hostMatches(host, allowed)) {
        report({ messageId: 'hotlink', data, span: image.span });
      }
    }
  },
});
