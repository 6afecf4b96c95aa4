"""Training: task (model + loss -> dict), trainer (setup/train/save_checkpoint/cleanup), checkpoints."""
