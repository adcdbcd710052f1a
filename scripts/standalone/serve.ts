// The container image's server: scripts/serve.ts run from the standalone folder
// alone. scripts/build-standalone.ts bundles this file to
// <standalone>/scripts/serve.mjs (`node scripts/serve.mjs`, the Dockerfile's CMD).
// ES modules evaluate their imports in order, so Next's config is in place
// before serve.ts calls next().
import "./standalone-config";
import "../serve";
