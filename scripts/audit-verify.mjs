#!/usr/bin/env node
// npm run audit:verify — checks the audit log's hash chain (DATABASE_URL or the embedded server).
// Exit code 0: intact; 1: tampering found (each broken row is listed); 2: could not check.
import pg from 'pg';
import { verifyAuditChain } from './lib/audit-chain.mjs';
import { ensureDatabase } from './lib/database.mjs';

const database = await ensureDatabase();
const client = new pg.Client({ connectionString: database.url });
let code = 2;
try {
  await client.connect();
  const { checked, head, problems } = await verifyAuditChain(client);
  if (problems.length === 0) {
    console.log(`Nhật ký toàn vẹn: ${checked} sự kiện, chuỗi băm liền mạch.`);
    console.log(`Mã băm cuối (ghi lại để đối chiếu lần sau): ${head ?? '(trống)'}`);
    code = 0;
  } else {
    console.error(`PHÁT HIỆN SAI LỆCH: ${problems.length} vấn đề trong ${checked} sự kiện.`);
    for (const p of problems) console.error(`  AuditEvent #${p.id}: ${p.problem}`);
    code = 1;
  }
} catch (error) {
  console.error(`Không kiểm tra được nhật ký: ${error.message}`);
} finally {
  await client.end().catch(() => {});
  await database.stop();
}
process.exit(code);
