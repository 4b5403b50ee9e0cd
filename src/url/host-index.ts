/**
 * A signature table indexed by host, for tables that are checked against every link of every post
 * (ad networks, affiliate programmes). `candidates(host)` gives, in table order, the entries listed
 * under the host or a parent domain of it (`ads.example.com` finds `example.com`'s) and the entries
 * listed under no host, which a table tests on every host (a path, a query, a host pattern): a map
 * lookup per label of the host instead of a comparison per host of the table.
 */
export class HostIndex {
  readonly #byHost = new Map<string, number[]>();
  /** Entries with no host of their own, in table order. */
  readonly #anyHost: number[] = [];

  /** `hostsOf(index)`: the entry's hosts in lower case, or `null` for an entry that applies to every host. */
  constructor(size: number, hostsOf: (index: number) => readonly string[] | null) {
    for (let index = 0; index < size; index++) {
      const hosts = hostsOf(index);
      if (hosts === null) this.#anyHost.push(index);
      else for (const host of new Set(hosts)) this.#byHost.set(host, [...(this.#byHost.get(host) ?? []), index]);
    }
  }

  /** The entries that may match a host (in lower case), in table order; the caller tests the rest of each entry. */
  candidates(host: string): readonly number[] {
    let found: number[] | null = null;
    for (let start = 0; start !== -1 && start < host.length; ) {
      const listed = this.#byHost.get(start === 0 ? host : host.slice(start));
      if (listed) (found ??= []).push(...listed);
      const dot = host.indexOf('.', start);
      start = dot === -1 ? -1 : dot + 1;
    }
    if (found === null) return this.#anyHost;
    found.push(...this.#anyHost);
    return found.sort((a, b) => a - b);
  }
}
