import assert from 'node:assert/strict'
import { test } from 'node:test'
import { databaseKind } from './databaseKind'

test('file: URLs are SQLite, postgres URLs Postgres, mongodb URLs MongoDB, anything else a clear error without the password', () => {
  assert.equal(databaseKind('file:./.data/cms.db'), 'sqlite')
  assert.equal(databaseKind('postgres://cms@127.0.0.1:5432/cms'), 'postgres')
  assert.equal(databaseKind('postgresql://u:p@db.example/cms?sslmode=require'), 'postgres')
  assert.equal(databaseKind('mongodb://localhost:27017/cms'), 'mongodb')
  assert.equal(databaseKind('mongodb+srv://u:p@cluster.example/cms'), 'mongodb')
  assert.throws(
    () => databaseKind('mysql://user:hunter2@db/cms'),
    (e: Error) => /not supported/.test(e.message) && /postgres:\/\//.test(e.message) && !e.message.includes('hunter2'),
  )
})
