// expect: AIG101@22
// A proxy route that forwards the browser's body to a vendor whose base URL is imported from
// another module (`@/app/constant`), through a name built from it: missed while the scan read
// no other module (sc13's left misses: ~16 such routes in a Next.js chat app). A definition
// named `request` is not a request; a request to the repository's URL is no call.
import { NextRequest } from "next/server";
import {
  ANTHROPIC_BASE_URL,
  REPO_URL as HOME,
} from "@/app/constant";

export async function request(req: NextRequest) {
  const path = req.nextUrl.pathname.replaceAll("/api/anthropic", "");
  let baseUrl =
    process.env.ANTHROPIC_URL || ANTHROPIC_BASE_URL;
  if (baseUrl.endsWith("/")) {
    baseUrl = baseUrl.slice(0, -1);
  }
  const fetchUrl = `${baseUrl}${path}`;
  const fetchOptions: RequestInit = { method: req.method, body: req.body };
  await fetch(HOME, { method: "POST", body: "{}" });
  return fetch(fetchUrl, fetchOptions);
}
