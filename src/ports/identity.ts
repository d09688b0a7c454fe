// Who is at the keyboard: a Microsoft 365 account where the host offers one, otherwise what the user stated.
import type { IdentitySource } from "../domain/log";

export interface SignedInUser {
  readonly name: string;
  readonly source: IdentitySource;
}

export interface IdentityPort {
  /** The signed-in account (NestedAppAuth 1.1), or undefined where the host has none. Never throws. */
  signedInUser(): Promise<SignedInUser | undefined>;
}
