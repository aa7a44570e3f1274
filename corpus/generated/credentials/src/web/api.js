import Stripe from 'stripe';
import { WebClient } from '@slack/web-api';
import { S3Client } from '@aws-sdk/client-s3';

export const firebaseConfig = {
  apiKey: "AIzaSyXKIhsTo-mh8g2XTUM4hYy7SivrqfcgKNH",
  authDomain: "acme-web.firebaseapp.com",
  projectId: "acme-web",
  appId: "1:815708410551:web:c5d45ff15f2ad5be58e711",
};

const stripe = new Stripe('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');
const slack = new WebClient(process.env.SLACK_TOKEN || 'xoxp-714274514428-653894408299-3100815127606-c5d2cbf1ad1f373fcdd64cedfb9a7689');
const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIAHI3BYNDI5TUDZUXG', secretAccessKey: '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' } });

export async function fetchReport(id) {
  const res = await fetch(`https://reports.partner.io/v1/${id}`, {
    headers: { Authorization: 'Basic YWNtZS13ZWI6TUxiN3Y3WjheWU9jZnBwUjZLdQ==', Accept: 'application/json' },
  });
  return res.json();
}

// fixture for the auth tests
export const ADMIN_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InNwWWlaMmg0elV5clk3OHkifQ.eyJzdWIiOiJ1c2VyLTk4OTQ3NyIsImlhdCI6MTcyMjA5MjI3MiwiZXhwIjoxNzIyMDk1ODcyLCJyb2xlIjoiYWRtaW4iLCJlbWFpbCI6Im9wc0BhY21lLmlvIn0.KdOtikV06Iu3LfYaBsDQMEfT_OKaTqE2YPsUS3kDOas';
export const DOC_JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
mongoose.connect('mongodb+srv://web:O4ftAclPcOli@cluster1.q8zr1.mongodb.net/web');
const caKey = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQCocK6kjMfEnZCfrPlbzsMc0mh0kHwvNT/HkoEf/YdQNnLyNDcw
i7yff7HVrr06f3DiSKA+d48v/JBT8TrGwRU5jUPjQz+r1g8EWeZJ/fqc/9eB5XIQ
9qUeNPoUQykIXbJ0i77h52Nb2UqIqNU/cqWxWSZDSZH0U0v0zFejLQElUwIDAQAB
AoGAN3/5a2qfoB8yugoql5+HFoYVuOKqqHtpKn8RYNMOtNVcBoZB8RL58awHkpri
6tV3AnhfpHWMjokvnRkM/tQ8A5OyUWT4DyRdXkUrDGO32yj66qTkNtJBX7CkSmIv
dtD0bo9XRLEBIWJl5AFkyh8jfY5/wtdl0x37coT0DgLaloECQQDUIVbuX4CPHTSd
A/EKs21jHZ24CQoZbdaHJw6vyu7mgyNr330vjHLkKjQpF62SLcneKvYiEn9QTe8B
RNebcTvzAkEAy0ZKVJ8PLOeVtl82CifUoDv+f4JCChjiUTxgzqUluASGi+YUUDQ0
k0JBNRE/yuuaKUi5KiVBzLyHY5I6ABepIQJAY+GW1wJsu/YacdwLQOifFs45FxBa
iwKmwlhnl+pLdopEwWQnw52z8y7UBI07ktqwdEVyQzTGcX9gjA5oHq7AdQJABeMR
QAYjQF+snE2BmSWyKLnUEwlItFYoJ8Yh35o0z3GCHAcby37XjvQ6QzkuqcfM/SkY
A7p0f2NuYFnZyCrnQQJBAKzweqsxSF29npBPygxf/kpkKwX2YE/oyxyDMaLR1bet
ZYAvNziAnX37CwJOmBNeLaTCwGrUVnvhrmtav29IiH4=
-----END RSA PRIVATE KEY-----
`;
const sshKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTwAAAJCVcJMUlXCT
FAAAAAtzc2gtZWQyNTUxOQAAACBNY+UcJ4GwahmEjbpI5QI1gNWGVOvacFpLjtJEDzFjTw
AAAEAfbGY9/SG1DdVI1tsOZW0rno9FZ7wYdGV0ecjShSeXV01j5RwngbBqGYSNukjlAjWA
1YZU69pwWkuO0kQPMWNPAAAACWRlcGxveUBjaQECAwQ=
-----END OPENSSH PRIVATE KEY-----
`;
const ppk = `PuTTY-User-Key-File-2: ssh-ed25519
Encryption: none
Comment: trawl-test2
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAINUiEI73aIZPuRc6Fmc+oKNMuXeKpSYgrwILgnOo
AbtI
Private-Lines: 1
AAAAIPUfJJVQMGF31QD/IPV8SHToufmAQX39+EpWN2MRfjJb
Private-MAC: 3e6171b5337bda4f0f2431188a9f544981db1691
`;
const integrity = 'sha512-y9V9AKFVbGSA/iRxJUhDdqNrstaL8Prw5ImvyWl+gdOT5QSNqBF6eAnnRPIJ4WzRiaDRKtZGqklZn8JFimYBiQ==';
