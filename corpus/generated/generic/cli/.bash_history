git status
mysql -h success-4.baldwin.com -u amber05 -pifvCRm_K7,xxUSpDXc2GXB7E,6-h6 character_prod
ssh ahartman@someone-1.jones.net
kubectl get pods -n young
cd /srv/task
partctl --secret-cache-ttl=300 --port 5432
tail -f /var/log/might.log
history | tail
ls -la
blood-cli sync --db-pwd "${{ secrets.RABBITMQ_PASSWORD }}"
vim config.yml
kubectl get pods -n seek
ssh jonathanrobinson@pattern-4.english.com
mysqldump --user=heidi31 --password=SB+@dPQq77aR9GUIb+sUl4n --single-transaction road_db > under_db.sql
history | tail
sometimesctl serve --admin-password-hash cefdec0b7c3ef28518a50cc06c290c1d833c4b715cf9e624e19e3e02b83f3f2b --log-level info
vim config.yml
./major migrate --bot-token='624ReHqgEl1DdoufGJKRYMTMCjF3MrtSln-MFGRkF9wo50dwkbEjkjjg' --target 2.0.6
ls -la
tail -f /var/log/behavior.log
cd /srv/want
docker run -d -e GIT_COMMIT=3e8a957e06616811467b1f965e763114614a4456 -p 8443:8443 grafana/grafana:11.2.0
git status
curl -fsS -H "X-Api-Key: 1ff8d12e65e5c22cf0d115f71c365c47a68debbadd" https://way-6.cardenas.biz/v1/movie
tail -f /var/log/style.log
curl -s -H 'x-api-key: insert-key-here' https://government-1.moran.biz/api/work
cd /srv/describe
helm upgrade --install material ./chart --set commit.sha=350db683db1e200e6bf844f3d82a51c629e1604d
vim config.yml
terraform apply -var 'token=[FILTERED]'
kubectl get pods -n standard
