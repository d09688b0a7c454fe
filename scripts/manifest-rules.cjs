// Rules for manifest.xml that no XSD states but Office enforces (or that we need for the shared runtime),
// plus the production URL rewrite. Used by scripts/validate-manifest.mjs, webpack.config.js and the tests.
// CommonJS so that webpack's config and Jest (without an ESM transform) can load it as is.
"use strict";

const DEV_URL = "https://localhost:3000/";
const MAX_RESID_LENGTH = 32;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A small XML reader for our own manifest: elements, attributes and text; no DTDs, no CDATA. */
function parseXml(text) {
  const root = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match;
  while ((match = tag.exec(text)) !== null) {
    const [whole, closing, qname, attrText, selfClosing, chars, stray] = match;
    if (stray !== undefined) {
      throw new Error(`XML: onleesbare tag bij teken ${match.index}: "${text.slice(match.index, match.index + 40)}".`);
    } else if (chars !== undefined) {
      stack[stack.length - 1].text += decode(chars);
    } else if (whole.startsWith("<!--") || whole.startsWith("<?")) {
      continue;
    } else if (closing) {
      const open = stack.pop();
      if (!open || open.qname !== qname) throw new Error(`XML: </${qname}> sluit <${open ? open.qname : "?"}> niet af.`);
    } else {
      const element = { name: localName(qname), qname, attrs: parseAttributes(attrText), children: [], text: "" };
      stack[stack.length - 1].children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].qname}> is niet afgesloten.`);
  if (root.children.length !== 1) throw new Error("XML: het document heeft niet precies één hoofdelement.");
  return root.children[0];
}

function parseAttributes(attrText) {
  const attrs = {};
  for (const [, name, , dq, sq] of attrText.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    attrs[localName(name)] = decode(dq !== undefined ? dq : sq);
  }
  return attrs;
}

function localName(qname) {
  return qname.slice(qname.indexOf(":") + 1);
}

function decode(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity) => {
    if (entity[0] === "#") return String.fromCodePoint(entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

function* walk(element, path = []) {
  const here = [...path, element];
  yield here;
  for (const child of element.children) yield* walk(child, here);
}

const child = (element, name) => element && element.children.find((c) => c.name === name);

/**
 * The parts of a manifest the rules look at. `path` strings read like "Control/Action/SourceLocation".
 * @param {string} xmlText
 */
function readManifest(xmlText) {
  const root = parseXml(xmlText);
  const model = {
    id: (child(root, "Id")?.text ?? "").trim(),
    resources: [], // { id, kind: "Image" | "Url" | "ShortString" | "LongString", value }
    references: [], // { resid, element, path, expectedKind, iconSize? }
    urls: [], // { where, url }
    defaultSourceLocation: child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue,
    runtimeResids: [],
    functionFileResids: [],
    taskpaneSourceResids: [],
    taskpaneIds: [],
    functionNames: [],
    iconUrls: [], // { where, url, size }
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const value = child(root, name)?.attrs.DefaultValue;
    if (value !== undefined) model.urls.push({ where: name, url: value });
  }
  const iconSizes = { IconUrl: 32, HighResolutionIconUrl: 64 };
  for (const [name, size] of Object.entries(iconSizes)) {
    const value = child(root, name)?.attrs.DefaultValue;
    if (value !== undefined) model.iconUrls.push({ where: name, url: value, size });
  }
  if (model.defaultSourceLocation !== undefined) model.urls.push({ where: "DefaultSettings/SourceLocation", url: model.defaultSourceLocation });
  for (const domain of child(root, "AppDomains")?.children ?? []) model.urls.push({ where: "AppDomains/AppDomain", url: domain.text.trim() });

  const kinds = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
  for (const path of walk(root)) {
    const element = path[path.length - 1];
    const parent = path[path.length - 2];
    const names = path.map((e) => e.name);
    const where = names.slice(-3).join("/");
    if (parent && parent.name in kinds && names.includes("Resources") && element.attrs.id !== undefined) {
      const kind = kinds[parent.name];
      model.resources.push({ id: element.attrs.id, kind, value: element.attrs.DefaultValue });
      if (kind === "Url" || kind === "Image") {
        model.urls.push({ where: `${kind} ${element.attrs.id}`, url: element.attrs.DefaultValue });
        for (const override of element.children.filter((c) => c.name === "Override")) {
          model.urls.push({ where: `${kind} ${element.attrs.id} (${override.attrs.Locale})`, url: override.attrs.Value });
        }
      }
    }
    if (element.attrs.resid !== undefined) {
      const reference = { resid: element.attrs.resid, element: element.name, path: where, expectedKind: expectedKind(element) };
      if (element.name === "Image" && element.attrs.size !== undefined) reference.iconSize = Number(element.attrs.size);
      model.references.push(reference);
      if (element.name === "Runtime") model.runtimeResids.push(element.attrs.resid);
      if (element.name === "FunctionFile") model.functionFileResids.push(element.attrs.resid);
      if (element.name === "SourceLocation" && parent?.name === "Action" && parent.attrs.type === "ShowTaskpane") {
        model.taskpaneSourceResids.push(element.attrs.resid);
      }
    }
    if (element.name === "FunctionName" && parent?.name === "Action") model.functionNames.push(element.text.trim());
    if (element.name === "TaskpaneId" && parent?.name === "Action") model.taskpaneIds.push(element.text.trim());
  }
  return model;
}

function expectedKind(element) {
  if (element.name === "Image") return "Image";
  if (["Runtime", "FunctionFile", "SourceLocation", "LearnMoreUrl", "Page", "Script", "Metadata"].includes(element.name)) return "Url";
  if (element.name === "Description") return "LongString";
  if (["Label", "Title", "Namespace"].includes(element.name)) return "ShortString";
  return undefined;
}

const violation = (rule, message) => ({ rule, message });

const AUTO_SHOW_TASKPANE_ID = "Office.AutoShowTaskpaneWithDocument";

/**
 * The task pane opens with the workbook only when a ShowTaskpane action carries the reserved TaskpaneId
 * Office.AutoShowTaskpaneWithDocument ([MS-OWEMXML]); any other id silently disables that feature.
 */
function checkAutoShowTaskpane(model) {
  if (model.taskpaneIds.length === 0 || model.taskpaneIds.includes(AUTO_SHOW_TASKPANE_ID)) return [];
  return [
    violation(
      "autoshow-taskpane",
      `Geen enkele ShowTaskpane-actie heeft <TaskpaneId>${AUTO_SHOW_TASKPANE_ID}</TaskpaneId>, dus het taakvenster kan niet samen met de werkmap openen (gevonden: ${model.taskpaneIds.join(", ")}).`,
    ),
  ];
}

/** Office refuses resource ids longer than 32 characters, on both sides of a reference. */
function checkResidLengths(model) {
  const ids = new Set([...model.resources.map((r) => r.id), ...model.references.map((r) => r.resid)]);
  return [...ids]
    .filter((id) => id.length > MAX_RESID_LENGTH)
    .map((id) => violation("resid-length", `Resource-id "${id}" is ${id.length} tekens lang; Office aanvaardt er hoogstens ${MAX_RESID_LENGTH}.`));
}

/** Every resid points at exactly one resource of the kind its element needs. */
function checkResidsDefined(model) {
  const found = [];
  const byId = new Map();
  for (const resource of model.resources) {
    if (byId.has(resource.id)) found.push(violation("resid-duplicate", `Resource-id "${resource.id}" is meer dan eens gedefinieerd.`));
    byId.set(resource.id, resource);
  }
  for (const reference of model.references) {
    const resource = byId.get(reference.resid);
    if (!resource) {
      found.push(violation("resid-defined", `${reference.path} verwijst naar resid "${reference.resid}", maar die staat niet onder <Resources>.`));
    } else if (reference.expectedKind && resource.kind !== reference.expectedKind) {
      found.push(violation("resid-kind", `${reference.path} verwijst naar "${reference.resid}" (${resource.kind}), maar heeft een ${reference.expectedKind} nodig.`));
    }
  }
  return found;
}

/** Shared runtime: the runtime, the function file and every task pane must be one and the same page. */
function checkSharedRuntimeUrls(model) {
  if (model.runtimeResids.length === 0) return [];
  const urlOf = (resid) => model.resources.find((r) => r.id === resid && r.kind === "Url")?.value;
  const pages = [
    ...model.runtimeResids.map((resid) => ({ where: `Runtime (${resid})`, url: urlOf(resid) })),
    ...model.functionFileResids.map((resid) => ({ where: `FunctionFile (${resid})`, url: urlOf(resid) })),
    ...model.taskpaneSourceResids.map((resid) => ({ where: `ShowTaskpane SourceLocation (${resid})`, url: urlOf(resid) })),
  ];
  if (model.defaultSourceLocation !== undefined) pages.push({ where: "DefaultSettings/SourceLocation", url: model.defaultSourceLocation });
  if (model.functionFileResids.length === 0) {
    return [violation("shared-runtime-url", "Er is een <Runtime> maar geen <FunctionFile>: een lintopdracht met ExecuteFunction vindt dan zijn functie niet.")];
  }
  const expected = pages[0].url;
  return pages
    .filter((page) => page.url !== expected)
    .map((page) => violation("shared-runtime-url", `${page.where} is "${page.url}", maar de gedeelde runtime vraagt overal dezelfde URL als ${pages[0].where} ("${expected}").`));
}

/** Office loads add-in pages and images over https only. */
function checkHttps(model) {
  return model.urls
    .filter((entry) => !/^https:\/\/[^/]/i.test(entry.url ?? ""))
    .map((entry) => violation("https", `${entry.where} is "${entry.url}": Office laadt alleen https-adressen.`));
}

/** A production manifest must not point at a developer's machine. */
function checkNoLocalhost(model) {
  return model.urls
    .filter((entry) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(entry.url ?? ""))
    .map((entry) => violation("no-localhost", `${entry.where} is "${entry.url}": een productiemanifest mag niet naar localhost wijzen (bouw met ADDIN_URL=https://…/ npm run build).`));
}

function checkId(model) {
  return GUID.test(model.id) ? [] : [violation("guid", `<Id> "${model.id}" is geen GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`)];
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
function readPngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!bytes || bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  if (String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]) !== "IHDR") return null;
  const u32 = (offset) => ((bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3]) >>> 0;
  return { width: u32(16), height: u32(20) };
}

/**
 * Every icon URL names a PNG under assets/ of the right pixel size.
 * @param readAsset (relativePath like "assets/icon-16.png") => bytes, or null when the file does not exist
 */
function checkIcons(model, readAsset) {
  const wanted = [...model.iconUrls];
  for (const reference of model.references.filter((r) => r.iconSize !== undefined)) {
    const resource = model.resources.find((r) => r.id === reference.resid && r.kind === "Image");
    if (resource) wanted.push({ where: `Image ${resource.id}`, url: resource.value, size: reference.iconSize });
  }
  const found = [];
  const seen = new Set(); // the same image is referenced by the group and by every button
  for (const icon of wanted) {
    const key = `${icon.where}@${icon.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = (icon.url ?? "").lastIndexOf("/assets/");
    if (at < 0) {
      found.push(violation("icon-file", `${icon.where} ("${icon.url}") ligt niet onder /assets/, dus de bouw levert het niet mee.`));
      continue;
    }
    const file = icon.url.slice(at + 1).split(/[?#]/)[0];
    const size = readPngSize(readAsset(file));
    if (!size) found.push(violation("icon-file", `${icon.where}: ${file} bestaat niet of is geen PNG (maak de iconen met node scripts/make-icons.mjs).`));
    else if (size.width !== icon.size || size.height !== icon.size) {
      found.push(violation("icon-file", `${icon.where}: ${file} is ${size.width}x${size.height} pixels, verwacht ${icon.size}x${icon.size}.`));
    }
  }
  return found;
}

/** Each ExecuteFunction in the manifest is registered with Office.actions.associate in the commands source. */
function checkFunctionsAssociated(model, commandsSource) {
  return model.functionNames
    .filter((name) => !new RegExp(`Office\\.actions\\.associate\\(\\s*["'\`]${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["'\`]`).test(commandsSource))
    .map((name) => violation("function-associated", `De lintopdracht "${name}" (ExecuteFunction) wordt nergens geregistreerd met Office.actions.associate("${name}", …) in src/commands/commands.ts.`));
}

/**
 * All rules on one manifest text.
 * @param options { production?: boolean, readAsset?: (path) => bytes|null, commandsSource?: string }
 */
function checkManifest(xmlText, options = {}) {
  let model;
  try {
    model = readManifest(xmlText);
  } catch (error) {
    return [violation("xml", error.message)];
  }
  return [
    ...checkId(model),
    ...checkResidLengths(model),
    ...checkResidsDefined(model),
    ...checkSharedRuntimeUrls(model),
    ...checkHttps(model),
    ...checkAutoShowTaskpane(model),
    ...(options.production ? checkNoLocalhost(model) : []),
    ...(options.readAsset ? checkIcons(model, options.readAsset) : []),
    ...(options.commandsSource !== undefined ? checkFunctionsAssociated(model, options.commandsSource) : []),
  ];
}

/**
 * Checks the production base URL (env ADDIN_URL): absolute, https, ending in "/", no query or fragment.
 * @returns {{ ok: true, url: string } | { ok: false, message: string }}
 */
function checkAddinUrl(value) {
  const hint = "Geef de productie-URL als ADDIN_URL=https://server.example/pad/ (https, eindigend op \"/\").";
  let parsed;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, message: `ADDIN_URL "${value}" is geen geldige URL. ${hint}` };
  }
  if (parsed.protocol !== "https:") return { ok: false, message: `ADDIN_URL "${value}" gebruikt geen https; Office laadt alleen https-pagina's. ${hint}` };
  if (!value.endsWith("/")) return { ok: false, message: `ADDIN_URL "${value}" eindigt niet op "/". ${hint}` };
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    return { ok: false, message: `ADDIN_URL "${value}" mag geen query, fragment of gebruikersnaam bevatten. ${hint}` };
  }
  return { ok: true, url: value };
}

/** Replaces the development base URL everywhere in the manifest by the production one. */
function rewriteManifestUrls(xmlText, addinUrl) {
  const escaped = addinUrl.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return xmlText.split(DEV_URL).join(escaped);
}

module.exports = {
  AUTO_SHOW_TASKPANE_ID,
  DEV_URL,
  MAX_RESID_LENGTH,
  parseXml,
  readManifest,
  readPngSize,
  checkResidLengths,
  checkResidsDefined,
  checkSharedRuntimeUrls,
  checkHttps,
  checkNoLocalhost,
  checkId,
  checkIcons,
  checkFunctionsAssociated,
  checkAutoShowTaskpane,
  checkManifest,
  checkAddinUrl,
  rewriteManifestUrls,
};
