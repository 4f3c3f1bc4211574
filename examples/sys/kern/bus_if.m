# pcbcheck example tree: the bus interface, for tools/makeobjops.awk.
INTERFACE bus;
METHOD int print_child(device_t dev, device_t child);
