// Verifies the hash chain over AuditEvent (migrations 20261130140000_security and
// 20261202090000_audit_chain_at_commit — rows are sealed into the chain at commit): every row's hash is
// recomputed from its columns, every row names its predecessor's hash, and the positions run
// 1, 2, 3 … without a gap. An edited, inserted-out-of-band or deleted row breaks one of the three.
// The last hash printed is worth writing down elsewhere: cutting rows off the end leaves a shorter
// but consistent chain, which only a recorded earlier head reveals.

/** @param {import('pg').Client} client */
export async function verifyAuditChain(client) {
  const { rows } = await client.query(`
    SELECT e."id"::text AS id, e."chainSeq"::text AS seq, e."prevHash" AS prev, e."hash" AS hash,
           audit_event_hash(e) AS computed
    FROM "AuditEvent" e ORDER BY e."chainSeq" NULLS FIRST, e."id"`);
  const problems = [];
  let expectedSeq = 1n;
  let previousHash = null;
  for (const row of rows) {
    if (row.seq === null) {
      problems.push({ id: row.id, problem: 'hàng không thuộc chuỗi (thiếu chainSeq)' });
      continue;
    }
    const seq = BigInt(row.seq);
    if (seq !== expectedSeq) problems.push({ id: row.id, problem: `vị trí ${seq}, cần ${expectedSeq} (thiếu hoặc thừa hàng)` });
    if (row.prev !== previousHash) problems.push({ id: row.id, problem: 'không nối với hàng liền trước (prevHash sai)' });
    if (row.hash !== row.computed) problems.push({ id: row.id, problem: 'nội dung đã bị sửa (hash không khớp)' });
    expectedSeq = seq + 1n;
    previousHash = row.hash;
  }
  return { checked: rows.length, head: previousHash, problems };
}
