/**
 * The users GitHub embeds in its answers (a release's author, a deployment's creator, a PR's author,
 * a comment's user), mapped to the port's `Actor` and `Account`. Several areas of the Octokit client
 * read them, so the mapping lives once, here.
 */
import type { Account, Actor } from './client.js';

/** A user as GitHub embeds it in an answer. */
export interface UserData {
  /** The description types user ids as `number | bigint`; GitHub's ids fit in a double for decades. */
  id: number | bigint;
  login: string;
}

/** A user with its account type (`User`, `Bot`, `Organization`). */
export interface AccountData extends UserData {
  type?: string;
}

/** The port's Actor for a GitHub user, or null when GitHub gives none (a deleted account). */
export function actor(user: UserData | null | undefined): Actor | null {
  return user ? { id: Number(user.id), login: user.login } : null;
}

/** The port's Account (id, login and type; an unknown type reads as `User`), or null. */
export function account(user: AccountData | null | undefined): Account | null {
  if (!user) return null;
  const type = user.type === 'Bot' || user.type === 'Organization' ? user.type : 'User';
  return { id: Number(user.id), login: user.login, type };
}
