// Proxy objects with Office.js load/sync semantics: a property is readable only after load() and a successful
// sync() (or after the add-in set it), else reading throws PropertyNotLoaded; methods queue operations.
// Load accepts "a, b/c", ["a", "b"], { select, expand } and Excel's nested LoadOptions objects.

import type { MemoryContext, Tx } from "../context";
import { propertyNotLoaded, richApiError } from "../errors";
import { jsonBytes } from "../limits";

export type LoadPath = string[];
/** How a proxy finds its object: a function run at its point in the batch, or an object bound at once. */
export type Resolver<T> = (() => T | null) | { readonly bound: T };
export interface Snapshot {
  bytes: number;
  commit(): void;
}

export function parseLoadSpec(spec: unknown): LoadPath[] {
  if (spec === undefined || spec === null) return [[]];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean).map((s) => s.split("/"));
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(String(s)));
  if (typeof spec !== "object") throw richApiError("InvalidArgument", "load");
  const o = spec as Record<string, unknown>;
  if ("select" in o || "expand" in o) return [...(o.select ? parseLoadSpec(o.select) : []), ...(o.expand ? parseLoadSpec(o.expand) : [])];
  const paths: LoadPath[] = [];
  for (const [key, value] of Object.entries(o)) {
    if (key === "$all" && value === true) paths.push([]);
    else if (value === true) paths.push([key]);
    else if (value && typeof value === "object") paths.push(...parseLoadSpec(value).map((p) => [key, ...p]));
  }
  return paths;
}

/** Target objects that can disappear (sheets, tables) say so; using them afterwards is ItemNotFound. */
const isGone = (t: unknown): boolean => typeof t === "object" && t !== null && (t as { deleted?: unknown }).deleted === true;

export abstract class ProxyBase<T = unknown> {
  protected readonly props = new Map<string, unknown>();
  /** Outcome of resolving; a failure is kept and thrown where the proxy is used, as Excel reports it there. */
  private binding: { ok: true; value: T | null } | { ok: false; error: unknown } | undefined;
  private nullState: boolean | undefined;

  /** `resolver` runs at this point of the batch (as Excel resolves an object where it is created); a model object is bound at once. */
  constructor(
    readonly context: MemoryContext,
    protected readonly entity: string,
    private readonly resolver: Resolver<T>,
    private readonly orNull = false,
  ) {
    if (typeof resolver !== "function") {
      this.binding = { ok: true, value: resolver.bound };
      return;
    }
    context.enqueue({
      payload: { o: entity, new: true },
      silent: !orNull,
      apply: (tx) => {
        this.bind();
        if (!orNull) return;
        const t = this.targetOrNull();
        tx.commit(() => (this.nullState = t === null), 8);
      },
    });
  }

  private bind(): void {
    if (this.binding || typeof this.resolver !== "function") return;
    try {
      this.binding = { ok: true, value: this.resolver() };
    } catch (error) {
      this.binding = { ok: false, error };
    }
  }

  protected abstract readonly scalarNames: readonly string[];
  protected abstract read(name: string, target: T): unknown;
  protected nav(_name: string): ProxyBase<unknown> | undefined {
    return undefined;
  }

  /** @internal The bound object; ItemNotFound when it does not exist (or no longer does). */
  target(): T {
    const t = this.targetOrNull();
    if (t === null) throw richApiError("ItemNotFound", this.entity);
    return t;
  }

  /** @internal */
  targetOrNull(): T | null {
    this.bind();
    const b = this.binding!;
    if (!b.ok) throw b.error;
    if (b.value !== null && isGone(b.value)) throw richApiError("ItemNotFound", this.entity);
    return b.value;
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    this.context.enqueue({
      payload: { o: this.entity, load: paths.map((p) => p.join("/")) },
      apply: (tx: Tx) => {
        const s = this.snapshot(paths);
        tx.commit(s.commit, s.bytes);
      },
    });
    return this;
  }

  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.nav(key);
      if (child) child.set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }

  /** @internal Reads the requested properties now (at apply time) and returns how to make them readable. */
  snapshot(paths: LoadPath[]): Snapshot {
    const t = this.targetOrNull();
    const names = new Set<string>();
    const children = new Map<string, LoadPath[]>();
    for (const p of paths) {
      if (!p.length) this.scalarNames.forEach((n) => names.add(n));
      else if (this.nav(p[0])) children.set(p[0], [...(children.get(p[0]) ?? []), p.slice(1)]);
      else if (this.scalarNames.includes(p[0])) names.add(p[0]);
      else throw richApiError("InvalidArgument", `${this.entity}.load`, `Unknown property '${p.join("/")}'.`);
    }
    const read = [...names].map((n) => [n, t === null ? null : this.read(n, t)] as const);
    const subs = t === null ? [] : [...children].map(([n, ps]) => this.nav(n)!.snapshot(ps));
    return {
      bytes: jsonBytes(Object.fromEntries(read)) + subs.reduce((sum, s) => sum + s.bytes, 0),
      commit: () => {
        for (const [n, v] of read) this.props.set(n, v);
        if (this.orNull) this.nullState = t === null;
        subs.forEach((s) => s.commit());
      },
    };
  }

  /** Value of a loaded (synced) or locally set property. */
  protected get<V>(name: string): V {
    if (!this.props.has(name)) throw propertyNotLoaded(this.entity, name);
    return this.props.get(name) as V;
  }

  /** Queues a change; `apply` runs at sync against the bound object. */
  protected queue(action: string, data: unknown, apply: (target: T, tx: Tx) => void): void {
    this.context.enqueue({ payload: { o: this.entity, a: action, d: data }, writes: true, apply: (tx) => apply(this.target(), tx) });
  }

  /** Queues a read that fills a ClientResult at sync. */
  protected result<V>(action: string, compute: (target: T) => V): OfficeExtension.ClientResult<V> {
    const r = new ClientResultImpl<V>();
    this.context.enqueue({ payload: { o: this.entity, a: action }, apply: (tx) => {
      const v = compute(this.target());
      tx.commit(() => r.fill(v), jsonBytes(v));
    } });
    return r as unknown as OfficeExtension.ClientResult<V>;
  }

  /** Queues an operation that needs a requirement set; without it Excel answers ApiNotFound at sync. */
  protected requireSet(set: string, version: string, location: string): void {
    if (this.context.host.supports(set, version)) return;
    this.context.enqueue({ payload: { a: "require", set }, apply: () => {
      throw richApiError("ApiNotFound", location);
    } });
  }
}

class ClientResultImpl<V> {
  private filled = false;
  private v: V | undefined;
  fill(v: V): void {
    this.v = v;
    this.filled = true;
  }
  get value(): V {
    if (!this.filled) throw richApiError("ValueNotLoaded", "ClientResult.value", "The value of the result object has not been loaded yet. Call context.sync() first.");
    return this.v as V;
  }
}

/**
 * A collection: load("name") means the items' name (as in Office.js); "items/…" is the same; collection-level
 * scalars (count) load directly. Item proxies are reused per model object, so they keep their loaded values.
 */
interface Loadable {
  snapshot(paths: LoadPath[]): Snapshot;
  toJSON(): Record<string, unknown>;
}

export abstract class CollectionBase<T, M extends object, I extends Loadable> extends ProxyBase<T> {
  private loadedItems: I[] | undefined;
  private readonly cache = new WeakMap<M, I>();

  protected abstract list(target: T): M[];
  protected abstract makeItem(model: M): I;

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.entity, "items");
    return this.loadedItems;
  }

  protected item(model: M): I {
    let proxy = this.cache.get(model);
    if (!proxy) this.cache.set(model, (proxy = this.makeItem(model)));
    return proxy;
  }

  override snapshot(paths: LoadPath[]): Snapshot {
    const own = paths.filter((p) => p.length === 1 && this.scalarNames.includes(p[0]));
    const itemPaths = paths.filter((p) => !own.includes(p)).map((p) => (p[0] === "items" ? p.slice(1) : p));
    const self = super.snapshot(own);
    if (!itemPaths.length && own.length) return self;
    const items = this.list(this.target()).map((m) => this.item(m));
    const subs = items.map((i) => i.snapshot(itemPaths.length ? itemPaths : [[]]));
    return {
      bytes: self.bytes + subs.reduce((sum, s) => sum + s.bytes, 0),
      commit: () => {
        self.commit();
        subs.forEach((s) => s.commit());
        this.loadedItems = items;
      },
    };
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), items: this.loadedItems?.map((i) => i.toJSON()) };
  }
}
