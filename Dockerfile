# syntax=docker/dockerfile:1
# The API as a production image: compiled JavaScript, production dependencies only, run as the unprivileged
# `node` user with the code owned by root (the process cannot change it). Neo4j runs beside it (docker-compose.yml)
# or anywhere NEO4J_URI points. Build: docker build -t khorasan-graph .
ARG NODE_VERSION=20.19

# 1. Compile TypeScript to build/ (needs the dev dependencies: typescript and the type packages).
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# The explorer bundle (Vite, a dev dependency), served at /.
COPY explorer ./explorer
RUN npm run explorer:build

# 2. Production dependencies only, installed from the same lockfile.
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The runtime: what the API reads at run time, nothing else (no sources, no tests, no Neo4j jars).
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    SOURCES_DIR=/sources
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/dist/explorer ./dist/explorer
COPY package.json schema.graphql ./
COPY cypher ./cypher
COPY seed ./seed
COPY guide ./guide
COPY docs/analyst-questions.graphql ./docs/analyst-questions.graphql
COPY --chmod=755 docker/entrypoint.sh /usr/local/bin/khorasan-entrypoint
USER node
EXPOSE 4000
# Ready = Neo4j answers and the graph is loaded (GET /ready is 200 only then).
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/local/bin/khorasan-entrypoint"]
# Start = load the graph from seed/ (idempotent), then serve; SIGTERM drains in-flight requests first.
CMD ["node", "build/cli/start.js"]
