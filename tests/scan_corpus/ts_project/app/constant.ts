// expect: none
// The vendors' base URLs, kept in one module of the project and imported by its routes.
export const ANTHROPIC_BASE_URL = "https://api.anthropic.com";
export const OPENAI_BASE_URL = "https://api.openai.com";
export const REPO_URL = "https://github.com/example/chat";
