// A pool thread's entry when the service runs from TypeScript sources (tsx, vitest). Worker threads
// get no `--import` hooks (Node 20), and registering tsx from a `--require` preload kills the
// thread, so each thread registers tsx here, on its first task, and then imports the .ts handler.
// Compiled (dist/), the pool runs the .js handlers directly and this file is not used.
let registered;

module.exports = async function runTypeScriptHandler({ entry, request }) {
  registered ??= import("tsx/esm/api").then(({ register }) => register());
  await registered;
  return (await import(entry)).default(request);
};
