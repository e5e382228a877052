# The API and the sync worker share this image; compose picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY server ./server
COPY db ./db
COPY search ./search
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The careers pages bundle their browser script with esbuild at start, from these sources.
COPY --from=build /app/server/careers/client ./server/careers/client
COPY --from=build /app/server/careers/messages.ts ./server/careers/messages.ts
COPY package.json ./
COPY seeds ./seeds
# Named volumes mounted here start with this ownership, so the unprivileged user can write to them.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD curl -fsS http://localhost:3000/readyz || exit 1
CMD ["node", "dist/server/main.js"]
