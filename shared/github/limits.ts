/**
 * GitHub's size limits on what modelship writes, named once so every renderer cuts at the same
 * number. Issue, pull request comment and release bodies take 65,536 characters (a longer one is
 * refused with 422 "body is too long (maximum is 65536 characters)", e.g.
 * peter-evans/create-issue-from-file#1049); a check run's `output.summary` and `output.text` take
 * 65,535 (the REST API description's `maxLength`: "Maximum length: 65535 characters",
 * github/rest-api-description#5399). A safety margin below either is the caller's, named as such.
 */

/** The most characters GitHub takes in an issue, comment or release body. */
export const GITHUB_BODY_LIMIT = 65_536;

/** The most characters GitHub takes in a check run's `output.summary` (and `output.text`). */
export const CHECK_RUN_TEXT_LIMIT = 65_535;
