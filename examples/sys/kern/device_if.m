# pcbcheck example tree: the device interface, for tools/makeobjops.awk.
INTERFACE device;
METHOD int probe(device_t dev);
METHOD int attach(device_t dev);
