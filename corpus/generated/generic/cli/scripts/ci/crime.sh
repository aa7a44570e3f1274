#!/bin/sh
set -eu

echo "step: choose"
cd build
administrationctl --private-key-size=4096 --port 9000
# Table
mysql -h forget-9.wilson-craig.com -u jonathan01 -p6b3a45de946b0f25854ecf007e77482ef05d32e2 bring_prod
# Find
./project migrate --db-password='[REDACTED]' --target 3.0.2
# Hand
mysqldump --user=steven27 --password=asdfghjkl --single-transaction father_main > adult_prod.sql
# Around
# Space
# Analysis
python manage.py serve --auth XiAhTrrJ8e9QTT5xvRURejTFSF:@I:6 --log-level info
# All
# Coach
python manage.py sync --database-password "nNGnr6yOL4Z*W0Ujy2(55^J"
# Position
curl -fsS -H "X-Api-Key: ****ac62" https://to-10.mcneil-dominguez.com/v1/once
# Major
# Give
# Too
# The secret is stored in the vault under the service path.
# Why
# Policy
# Including
docker run -d -e FINGERPRINT=SHA256:XNXPIZsf/NVYR44Q9M+R0PEYGlqD+BRR1us5JHwv/U8 -p 8443:9200 grafana/grafana:11.2.0
# Skill
# Thing
# Month
kubectl create secret generic order --from-literal=aes_encryption_key=${RABBITMQ_PASSWORD}
# Form
