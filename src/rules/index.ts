/** Every rule, in the order the docs list them. A meta-test checks that each file here is listed. */
import type { Rule } from '../engine/api.js';
import dateFilename from './date-filename.js';
import dateNotFuture from './date-not-future.js';
import dateOrder from './date-order.js';
import dateUpdated from './date-updated.js';
import dateValid from './date-valid.js';
import fileAccess from './file-access.js';
import fileEncoding from './file-encoding.js';
import frontMatterFence from './front-matter-fence.js';
import frontMatterMapping from './front-matter-mapping.js';
import frontMatterSchema from './front-matter-schema.js';
import frontMatterSyntax from './front-matter-syntax.js';
import frontMatterUnique from './front-matter-unique.js';
import authorKnown from './author-known.js';
import imageHotlink from './image-hotlink.js';
import imageLocal from './image-local.js';
import imageOrphaned from './image-orphaned.js';
import imageReachable from './image-reachable.js';
import imageType from './image-type.js';
import imageUrl from './image-url.js';
import inlineConfig from './inline-config.js';
import linkAnchor from './link-anchor.js';
import linkInternal from './link-internal.js';
import mdxSyntax from './mdx-syntax.js';
import noAdEmbeds from './no-ad-embeds.js';
import noAdMarkers from './no-ad-markers.js';
import noAffiliateLinks from './no-affiliate-links.js';
import noIframe from './no-iframe.js';
import noLinkFarms from './no-link-farms.js';
import noScrapedContent from './no-scraped-content.js';
import noScript from './no-script.js';
import noTrackingPixels from './no-tracking-pixels.js';
import remarkLint from './remark-lint.js';
import taxonomyConsistent from './taxonomy-consistent.js';
import taxonomyKnown from './taxonomy-known.js';

export const rules: ReadonlyArray<Rule<any>> = [
  fileAccess,
  fileEncoding,
  frontMatterFence,
  frontMatterSyntax,
  frontMatterMapping,
  frontMatterSchema,
  frontMatterUnique,
  taxonomyKnown,
  taxonomyConsistent,
  authorKnown,
  dateValid,
  dateOrder,
  dateNotFuture,
  dateFilename,
  dateUpdated,
  imageUrl,
  imageType,
  imageLocal,
  imageHotlink,
  imageReachable,
  imageOrphaned,
  linkInternal,
  linkAnchor,
  mdxSyntax,
  noScript,
  noIframe,
  noAdEmbeds,
  noAffiliateLinks,
  noTrackingPixels,
  noAdMarkers,
  noLinkFarms,
  noScrapedContent,
  inlineConfig,
  remarkLint,
];

