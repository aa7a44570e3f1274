ls -la
export STRIPE_API_KEY=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
curl -H 'Authorization: token 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' https://api.github.com/user
npm login --auth-type=legacy
echo $GITHUB_TOKEN
psql postgres://admin:X8JaZe7vP83njGF@10.20.0.5:5432/postgres
ssh -i ~/.ssh/id_ed25519 ubuntu@10.20.0.7
git log -1 --format=%H  # 4fc8c433dec5d4c54b1640d6e965214a8806102e