// Errors shaped like the ones Office.js rejects with, so adapter code can branch on `code` exactly as in Excel.
// Shape: OfficeExtension.Error (docs-ref-autogen/office/office/officeextension.error.yml); at run time Excel's
// `name` is "RichApi.Error" (see the logged error in https://github.com/OfficeDev/office-js/issues/1025).

export type ErrorCode =
  | "AccessDenied"
  | "ApiNotFound"
  | "BadPassword"
  | "ConnectionFailure"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidRequestContext"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "NotImplemented"
  | "PropertyNotLoaded"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

/** Default messages, from the error table in office-js-docs-pr docs/testing/application-specific-api-error-handling.md. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  BadPassword: "The password you supplied is incorrect.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
};

export interface RichApiError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { code: ErrorCode; message: string; errorLocation: string };
  traceMessages: string[];
}

export function richApiError(code: ErrorCode, errorLocation: string, message = MESSAGES[code] ?? code): RichApiError {
  const error = new Error(message) as Error & { code: ErrorCode; debugInfo: RichApiError["debugInfo"]; traceMessages: string[] };
  error.name = "RichApi.Error";
  error.code = code;
  error.debugInfo = { code, message, errorLocation };
  error.traceMessages = [];
  return error;
}

export function isRichApiError(value: unknown): value is RichApiError {
  return value instanceof Error && value.name === "RichApi.Error" && typeof (value as { code?: unknown }).code === "string";
}

/** Office.js throws this synchronously when a property is read that was neither loaded (and synced) nor set. */
export function propertyNotLoaded(entity: string, property: string): RichApiError {
  return richApiError(
    "PropertyNotLoaded",
    `${entity}.${property}`,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Message Excel gives for a 2-D array that does not fit the range (office-js issue #1025). */
export const DIMENSION_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
