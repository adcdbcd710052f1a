# syntax=docker/dockerfile:1
# Huiyin's container image: the standalone build of `next build`
# (next.config.ts `output: "standalone"`) completed by `npm run build:standalone`
# (scripts/build-standalone.ts), which adds our own server and the migrate, purge,
# worker and create-admin scripts. The runtime stage copies that one folder and
# nothing else. See README "Deploying" and deploy/k8s/.
#
#   docker build --build-arg HUIYIN_DEPLOYMENT_ID=$(git rev-parse --short HEAD) -t huiyin:$(git rev-parse --short HEAD) .
#
# Run (the web server; it does not migrate, run the migrate script first):
#   docker run --rm --env-file prod.env huiyin:… node scripts/db-migrate.mjs
#   docker run --env-file prod.env -p 3000:3000 huiyin:…
# Other commands: node scripts/worker.mjs, node scripts/db-purge.mjs,
# node scripts/staff-create-admin.mjs <username>.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- dependencies: exactly the lockfile, dev tools included (the build needs them).
# --ignore-scripts: no package's install script runs (Prisma's would download an
# engine); the build generates the Prisma client itself, offline.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

# --- build: the same two commands as on a developer's machine.
FROM deps AS build
# Names the build for Next (next.config.ts deploymentId): a browser holding an
# older build's page reloads in full instead of mixing two builds. Optional.
ARG HUIYIN_DEPLOYMENT_ID=""
ENV NEXT_TELEMETRY_DISABLED=1 \
    HUIYIN_DEPLOYMENT_ID=${HUIYIN_DEPLOYMENT_ID}
COPY . .
# No secret is needed or wanted here: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and the
# app's keys come from the environment at run time.
RUN npm run build && npm run build:standalone

# --- runtime: Node and the standalone folder, owned by root and read-only to the app.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
WORKDIR /app
RUN groupadd --system --gid 10001 huiyin \
 && useradd --system --uid 10001 --gid huiyin --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin huiyin
COPY --from=build /app/.next/standalone ./
# The only places Next writes at run time: pages rendered on their first request
# (server/route-cache) and optimised images and fetches (cache). Kubernetes mounts
# an emptyDir on each, with the root filesystem read-only (deploy/k8s/deployment.yaml);
# `docker run --read-only` needs a --tmpfs on each.
RUN mkdir -p .next/server/route-cache .next/cache \
 && chown huiyin:huiyin .next/server/route-cache .next/cache
USER 10001
EXPOSE 3000
# scripts/serve.ts drains on SIGTERM: readiness 503, then the listener closes and
# the requests in flight finish (HUIYIN_SHUTDOWN_TIMEOUT_MS, 25 s).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health/live`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "scripts/serve.mjs"]
