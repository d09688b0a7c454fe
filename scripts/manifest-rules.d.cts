// Types for scripts/manifest-rules.cjs (plain JavaScript so Node and webpack run it without a build step).

export interface Violation {
  /** Stable rule code, e.g. "resid-length", "https", "no-localhost". */
  rule: string;
  /** Dutch message naming the element and what to do. */
  message: string;
}

export interface XmlElement {
  name: string;
  qname: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";

export interface ManifestModel {
  id: string;
  resources: { id: string; kind: ResourceKind; value: string | undefined }[];
  references: { resid: string; element: string; path: string; expectedKind: ResourceKind | undefined; iconSize?: number }[];
  urls: { where: string; url: string | undefined }[];
  defaultSourceLocation: string | undefined;
  runtimeResids: string[];
  functionFileResids: string[];
  taskpaneSourceResids: string[];
  taskpaneIds: string[];
  functionNames: string[];
  iconUrls: { where: string; url: string; size: number }[];
}

export type ReadAsset = (relativePath: string) => Uint8Array | null;

export const AUTO_SHOW_TASKPANE_ID: "Office.AutoShowTaskpaneWithDocument";
export const DEV_URL: "https://localhost:3000/";
export const MAX_RESID_LENGTH: 32;

export function parseXml(text: string): XmlElement;
export function readManifest(xmlText: string): ManifestModel;
export function readPngSize(bytes: Uint8Array | null): { width: number; height: number } | null;
export function checkResidLengths(model: ManifestModel): Violation[];
export function checkResidsDefined(model: ManifestModel): Violation[];
export function checkSharedRuntimeUrls(model: ManifestModel): Violation[];
export function checkHttps(model: ManifestModel): Violation[];
export function checkNoLocalhost(model: ManifestModel): Violation[];
export function checkId(model: ManifestModel): Violation[];
export function checkIcons(model: ManifestModel, readAsset: ReadAsset): Violation[];
export function checkFunctionsAssociated(model: ManifestModel, commandsSource: string): Violation[];
export function checkAutoShowTaskpane(model: ManifestModel): Violation[];
export function checkManifest(
  xmlText: string,
  options?: { production?: boolean; readAsset?: ReadAsset; commandsSource?: string },
): Violation[];
export function checkAddinUrl(value: string): { ok: true; url: string } | { ok: false; message: string };
export function rewriteManifestUrls(xmlText: string, addinUrl: string): string;
