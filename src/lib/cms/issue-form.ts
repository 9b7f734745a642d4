/** The repository's issue form for people who cannot edit files (.github/ISSUE_TEMPLATE/). */
export const ISSUE_FORM_FILE = 'proponer-practica.yml';

/** The address that opens a new issue with the "Proponer una práctica" form filled in. */
export const proposePracticeUrl = (repositoryUrl: string): string =>
  `${repositoryUrl.replace(/\/$/, '')}/issues/new?template=${ISSUE_FORM_FILE}`;
