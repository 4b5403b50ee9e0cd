import { hostMatches } from '../url/url.js';

/**
 * Our own signature table of ad networks, written from their public
 * integration documentation (not from filter lists, whose licences forbid shipping them). One place
 * to extend: add an entry, add a fixture.
 *
 * Hosts match the host itself and any subdomain of it.
 */

export interface AdNetwork {
  name: string;
  /** Hosts that serve the network's scripts, frames, images or click links. */
  hosts: string[];
  /** Markup the network's units carry, matched on elements outside code. */
  classes?: string[];
  idPrefixes?: string[];
  attributes?: string[];
  /** Strings that only the network's inline snippets contain. */
  scriptText?: string[];
}

export const AD_NETWORKS: AdNetwork[] = [
  {
    name: 'Google AdSense',
    hosts: ['pagead2.googlesyndication.com', 'googlesyndication.com', 'adservice.google.com', 'googleadservices.com'],
    classes: ['adsbygoogle'],
    attributes: ['data-ad-client', 'data-ad-slot'],
    scriptText: ['adsbygoogle'],
  },
  {
    name: 'Google Publisher Tag',
    hosts: ['securepubads.g.doubleclick.net', 'pubads.g.doubleclick.net', 'googletagservices.com', 'ad.doubleclick.net'],
    idPrefixes: ['div-gpt-ad-'],
    scriptText: ['googletag.defineSlot', 'googletag.cmd', 'googletag.pubads'],
  },
  { name: 'Amazon ads', hosts: ['amazon-adsystem.com', 'assoc-amazon.com'], scriptText: ['amzn_assoc_', 'amazon_ad_tag'] },
  { name: 'Taboola', hosts: ['cdn.taboola.com', 'trc.taboola.com', 'taboola.com'], idPrefixes: ['taboola-'], scriptText: ['_taboola'] },
  { name: 'Outbrain', hosts: ['widgets.outbrain.com', 'outbrain.com'], classes: ['OUTBRAIN', 'ob-widget'], scriptText: ['OBR.extern'] },
  { name: 'Ezoic', hosts: ['ezojs.com', 'ezoic.net', 'ezoic.com', 'ezodn.com'], idPrefixes: ['ezoic-pub-ad-placeholder'], classes: ['ezoic-ad'], scriptText: ['ezstandalone'] },
  { name: 'Mediavine', hosts: ['scripts.mediavine.com', 'mediavine.com'], classes: ['mv-ad-box'] },
  { name: 'Media.net', hosts: ['contextual.media.net', 'media.net'], scriptText: ['_mNHandle', 'medianet_'] },
  { name: 'PropellerAds', hosts: ['propellerads.com', 'propellerclick.com', 'onclickads.net'] },
  { name: 'PopAds', hosts: ['popads.net'] },
  { name: 'ExoClick', hosts: ['exoclick.com', 'exosrv.com', 'exdynsrv.com'], classes: ['eas6a97888e'] },
  { name: 'MGID', hosts: ['mgid.com', 'jsc.mgid.com'], scriptText: ['MGID'] },
  { name: 'Revcontent', hosts: ['revcontent.com', 'trends.revcontent.com'], scriptText: ['revcontent'] },
  { name: 'Adsterra', hosts: ['adsterra.com', 'highperformanceformat.com'] },
  { name: 'Criteo', hosts: ['static.criteo.net', 'criteo.com'] },
  { name: 'Infolinks', hosts: ['infolinks.com', 'resources.infolinks.com'], scriptText: ['infolinks_pid'] },
];

export function adNetworkOfHost(host: string): AdNetwork | null {
  return AD_NETWORKS.find((network) => hostMatches(host, network.hosts)) ?? null;
}
