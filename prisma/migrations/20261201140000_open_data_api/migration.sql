-- Open data API (/api/mo): clients scoped like users, hashed tokens, an access log (decision 0039).
CREATE TABLE "ApiClient" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "provinceId" INTEGER,
    "requestsPerMinute" INTEGER NOT NULL DEFAULT 60,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "clientId" INTEGER NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ApiAccessLog" (
    "id" BIGSERIAL NOT NULL,
    "clientId" INTEGER,
    "tokenId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    CONSTRAINT "ApiAccessLog_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ApiClient_name_key" ON "ApiClient"("name");
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");
CREATE INDEX "ApiToken_clientId_idx" ON "ApiToken"("clientId");
CREATE INDEX "ApiAccessLog_clientId_at_idx" ON "ApiAccessLog"("clientId", "at");
CREATE INDEX "ApiAccessLog_at_idx" ON "ApiAccessLog"("at");

ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ApiClient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ApiAccessLog" ADD CONSTRAINT "ApiAccessLog_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "ApiClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ApiAccessLog" ADD CONSTRAINT "ApiAccessLog_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A client's rate limit is a positive count; a token's hash is a SHA-256 in hex.
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_requestsPerMinute_check" CHECK ("requestsPerMinute" BETWEEN 1 AND 100000);
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_tokenHash_check" CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');
