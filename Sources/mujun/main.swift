print("mujun")
